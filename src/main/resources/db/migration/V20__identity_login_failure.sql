-- Failed sign-ins per employee id and per address, and the lockouts they earned: kept across restarts, so that
-- restarting Kexiang does not hand an attacker a fresh allowance.
create table login_failure (
    key          varchar(300) primary key,
    failures     integer      not null,
    since        timestamptz  not null,
    locked_until timestamptz
);
