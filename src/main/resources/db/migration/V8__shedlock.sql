-- ShedLock's lock table: a scheduled refresh runs on one instance at a time, however many share the database.
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamp     not null,
    locked_at   timestamp     not null,
    locked_by   varchar(255)  not null
);
