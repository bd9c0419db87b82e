-- Failed sign-ins per account name and per client address: what slows down and locks repeated guessing. Kept in the
-- database so that every instance behind a load balancer counts the same failures.
create table sign_in_guard (
    subject_kind     varchar(8)   not null,
    subject          varchar(100) not null,
    failures         integer      not null,
    last_failure_at  timestamp    not null,
    locked_until     timestamp,
    constraint sign_in_guard_pk primary key (subject_kind, subject),
    constraint sign_in_guard_kind_check check (subject_kind in ('ACCOUNT', 'ADDRESS'))
);
