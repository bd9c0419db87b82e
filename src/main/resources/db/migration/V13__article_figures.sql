-- The spans of the figures the extractor finds in each article, and whether a citation has each span, so that the
-- review queue asks the database which articles still have a figure waiting (neither linked nor rejected) instead
-- of extracting every stored article on every read. Derived data: written when an article's text is saved or its
-- citations change, and checked against the extractor for every article when the application starts, so that a
-- newer extractor's figures are here too.
create table article_figure (
    source_id   bigint   not null references source (id),
    span_start  integer  not null,
    span_end    integer  not null,
    linked      boolean  not null,
    constraint article_figure_pk primary key (source_id, span_start, span_end)
);
