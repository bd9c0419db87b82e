-- Series fetched again from their providers on a schedule (the fetch module's): daily or weekly, with the last
-- run's time and outcome.
create table refresh_schedule (
    spec          varchar(300)  not null primary key,
    every         varchar(8)    not null,
    added_by      varchar(100)  not null,
    last_run      timestamp,
    last_outcome  varchar(1000),
    constraint refresh_schedule_every_check check (every in ('DAILY', 'WEEKLY'))
);
