-- The WDI catalog files each indicator under a topic ("Economic Policy & Debt: National accounts: Growth rates"):
-- the catalog page groups and searches by it.
alter table indicator add column topic varchar(300);
