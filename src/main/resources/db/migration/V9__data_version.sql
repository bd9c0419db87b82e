-- The data's version: moved on by every committed change readers can see; HTTP ETags derive from it. Its one row
-- is made by the first change (a migration's row would make a new database "not empty" for a restore).
create table data_version (
    id       integer  not null primary key,
    version  bigint   not null
);
