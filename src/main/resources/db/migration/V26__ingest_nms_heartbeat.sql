-- What Kexiang knows of each watched NMS's heartbeat, kept like every other deadline (issue 14): a lost heartbeat
-- alarm raised before a restart is cleared by the next beat after it, and of several instances only the one that
-- holds the row's lock raises or clears it.
create table nms_heartbeat (
    source     varchar(64)  primary key,
    name       varchar(128) not null,
    last_beat  timestamptz  not null,
    lost       boolean      not null default false,
    changed_at timestamptz  not null
);
