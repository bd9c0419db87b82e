-- The other names a text may call a geography by ("Turkey" for Türkiye, "Vietnam" for Viet Nam), so articles
-- find the places they are about.
create table geography_name (
    geography_code  varchar(16)   not null references geography (code),
    name            varchar(200)  not null,
    constraint geography_name_pk primary key (geography_code, name)
);
