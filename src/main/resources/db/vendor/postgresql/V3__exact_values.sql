-- Values as exact as the files that state them: numeric(44, 16) rounded anything past 16 decimals (the World Bank
-- publishes such values) and could not hold large magnitudes. Unconstrained numeric keeps any decimal exactly.
-- (H2: db/vendor/h2.)
alter table observation alter column obs_value type numeric;
alter table series_summary alter column latest_value type numeric;
alter table series_summary alter column previous_value type numeric;
alter table citation alter column stated_value type numeric;
