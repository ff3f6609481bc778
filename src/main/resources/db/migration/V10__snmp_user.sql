-- SNMPv3 users added through the API (those in configuration are not stored). Passphrases are sealed with
-- AES-256-GCM (SecretBox): SNMP4J must localise them for every sending engine, so they cannot be hashed.
create table snmp_user (
    name          varchar(32)  primary key,
    auth_protocol varchar(8),
    auth_secret   bytea,
    priv_protocol varchar(8),
    priv_secret   bytea,
    created_at    timestamptz  not null,
    created_by    varchar(128) not null,
    updated_at    timestamptz  not null
);
