-- Cheaper bulk writes into observation, PostgreSQL only (decision 021; H2 has no such index kind):
-- ids are taken from the identity sequence a thousand at a time per connection instead of one by one (gaps in ids
-- were always possible; nothing orders by id but ties on the same period);
-- the import index becomes a BRIN index: an import appends its rows, so each block range holds few import ids, and
-- the undo, the history's counts and the start-up check for interrupted imports read only the ranges that can hold
-- the id they look for, while a write no longer inserts into a B-tree for every row.
alter table observation alter column id set cache 1000;
drop index observation_import_idx;
create index observation_import_idx on observation using brin (import_id) with (autosummarize = on);
