-- Values as exact as the files that state them: numeric(44, 16) rounded anything past 16 decimals (the World Bank
-- publishes such values) and could not hold large magnitudes. DECFLOAT keeps any decimal exactly; the stated scale
-- stays in its own column, since DECFLOAT does not keep trailing zeros. (PostgreSQL: db/vendor/postgresql.)
alter table observation alter column obs_value set data type decfloat;
alter table series_summary alter column latest_value set data type decfloat;
alter table series_summary alter column previous_value set data type decfloat;
alter table citation alter column stated_value set data type decfloat;
