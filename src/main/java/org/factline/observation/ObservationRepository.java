package org.factline.observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement on the {@code observation} table. A row names its series by the id of a {@code series} row
 * (decision 012); reads join it, so an {@link Observation} carries the indicator and geography codes.
 */
@Repository
class ObservationRepository {

    static final String COLUMNS = "series_id, period_start, frequency, obs_value, value_scale, unit, status, "
            + "vintage, import_id";
    static final String INSERT = "insert into observation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The observation table joined to its series; {@code o} and {@code s} in every condition below. */
    private static final String FROM = " from observation o join series s on s.id = o.series_id";
    private static final String SELECT = "select o.*, s.indicator_code, s.geography_code, s.source_id" + FROM;
    /** How many series one query of official values asks for. */
    private static final int SERIES_PER_QUERY = 200;

    static final RowMapper<Observation> ROW = (rs, i) -> {
        Number importId = (Number) rs.getObject("import_id");
        return new Observation(
                rs.getLong("id"), rs.getString("indicator_code"), rs.getString("geography_code"),
                new Period(rs.getObject("period_start", LocalDate.class), Frequency.fromCode(rs.getString("frequency"))),
                rs.getBigDecimal("obs_value").setScale(rs.getInt("value_scale"), RoundingMode.UNNECESSARY),
                rs.getString("unit"), ObservationStatus.valueOf(rs.getString("status")), rs.getLong("source_id"),
                rs.getObject("vintage", LocalDate.class), importId == null ? null : importId.longValue());
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;
    private final SeriesIds seriesIds;
    private final SummaryRepository summaries;
    private final GeographyPeriods geographyPeriods;

    ObservationRepository(JdbcClient jdbc, JdbcTemplate template, SummaryRepository summaries,
                          GeographyPeriods geographyPeriods) {
        this.jdbc = jdbc;
        this.template = template;
        this.summaries = summaries;
        this.geographyPeriods = geographyPeriods;
        this.bulk = new BulkInsert(template);
        this.seriesIds = new SeriesIds(jdbc, template, bulk::isPostgres);
    }

    /**
     * Starts adding many rows, making the series that do not exist yet: JDBC batches on H2, written before this
     * returns; a COPY on PostgreSQL, fed from another thread (see {@link BulkInsert#start}).
     */
    InFlight<Long> start(List<NewObservation> observations, Long importId) {
        Map<SeriesKey, Long> ids = seriesIds.ensure(observations.stream().map(BulkInsert::series).toList());
        long[] seriesIds = new long[observations.size()];
        for (int i = 0; i < seriesIds.length; i++) {
            seriesIds[i] = ids.get(BulkInsert.series(observations.get(i)));
        }
        return bulk.start(observations, seriesIds, importId);
    }

    boolean isPostgres() {
        return bulk.isPostgres();
    }

    /** ANALYZE of the observation and series tables, on PostgreSQL. */
    void analyze() {
        if (bulk.isPostgres()) {
            jdbc.sql("analyze observation").update();
            jdbc.sql("analyze series").update();
        }
    }

    Optional<Observation> find(long id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(ROW).optional();
    }

    List<Observation> findAll(Collection<Long> ids) {
        List<Observation> out = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1_000) {
            out.addAll(jdbc.sql(SELECT + " where o.id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1_000))).query(ROW).list());
        }
        return out;
    }

    /** The observation with the same series, period, source and vintage as {@code o}, if one is stored. */
    Optional<Observation> findSame(NewObservation o) {
        return jdbc.sql(SELECT + """
                         where s.indicator_code = ? and s.geography_code = ? and o.period_start = ?
                        and o.frequency = ? and s.source_id = ? and o.vintage = ?""")
                .params(o.indicatorCode(), o.geographyCode(), o.period().start(), o.period().frequency().code(),
                        o.sourceId(), o.vintage())
                .query(ROW).optional();
    }

    long insert(NewObservation o) {
        long series = seriesIds.ensure(BulkInsert.series(o));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT, new String[] {"id"});
            BulkInsert.bind(ps, o, series, null);
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    void delete(long id) {
        jdbc.sql("delete from observation where id = ?").param(id).update();
    }

    /** How many rows an import wrote for each geography and period start. */
    List<GeographyPeriods.Count> periodCountsOfImport(long importId) {
        return jdbc.sql("select s.geography_code, o.period_start, count(*) as n" + FROM + " where o.import_id = ?"
                        + " group by s.geography_code, o.period_start")
                .param(importId)
                .query((rs, i) -> new GeographyPeriods.Count(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getLong(3)))
                .list();
    }

    int deleteImport(long importId) {
        return jdbc.sql("delete from observation where import_id = ?").param(importId).update();
    }

    /** An index or unique key of the observation table: the statement that drops it and the one that makes it. */
    record IndexDefinition(String drop, String create) {
    }

    private static final String H2_NAME = "\"[^\"]+\"\\.\"[^\"]+\"";
    private static final Pattern H2_INDEX = Pattern.compile(
            "CREATE (?:UNIQUE )?INDEX (" + H2_NAME + ") ON \"[^\"]+\"\\.\"OBSERVATION\"\\(.*", Pattern.DOTALL);
    private static final Pattern H2_UNIQUE = Pattern.compile(
            "ALTER TABLE (\"[^\"]+\"\\.\"OBSERVATION\") ADD CONSTRAINT (" + H2_NAME + ") UNIQUE .*", Pattern.DOTALL);

    /**
     * The observation table's secondary indexes and unique keys as H2 itself writes them ({@code SCRIPT}), in the
     * order it writes them; not its primary key, which is the table's own map of rows.
     */
    List<IndexDefinition> indexDefinitionsOnH2() {
        List<IndexDefinition> out = new ArrayList<>();
        for (String statement : jdbc.sql("script nodata table observation").query(String.class).list()) {
            Matcher index = H2_INDEX.matcher(statement);
            Matcher unique = H2_UNIQUE.matcher(statement);
            if (index.matches()) {
                out.add(new IndexDefinition("drop index " + index.group(1), statement));
            } else if (unique.matches()) {
                out.add(new IndexDefinition("alter table " + unique.group(1) + " drop constraint " + unique.group(2),
                        statement));
            }
        }
        return out;
    }

    /** Runs a statement that defines the schema (commits on H2). */
    void define(String statement) {
        template.execute(statement);
    }

    /**
     * One page of the selection in the given order, then by id so that pages are stable: the page's ids first, then
     * their rows. Ordered by a column of the observation, the ids come from the observation table alone, the series'
     * conditions as a subquery, so that H2 walks the order's index and stops at the page (joined to {@code series},
     * it sorted all 10 million rows for every page).
     */
    List<Observation> page(ObservationSelection s, FactSort sort, boolean descending, int offset, int limit) {
        FactSort by = sort == null ? FactSort.PERIOD : sort;
        Map<String, Object> params = new HashMap<>();
        String dir = descending ? " desc" : "";
        List<Long> ids = by == FactSort.PERIOD ? fromPeriodCounts(s, descending, offset, limit).orElse(null) : null;
        boolean walk = ids == null && by == FactSort.PERIOD && walkPeriodIndex(s, offset + (long) limit);
        if (ids == null && by == FactSort.PERIOD && descending && !walk) {
            ids = newestAboveFloor(s, offset, limit).or(() -> oldestBelowCeiling(s, offset, limit)).orElse(null);
        }
        if (ids == null) {
            String observation = walk ? "observation o use index (observation_period_idx)" : "observation o";
            String sql = (by.ofSeries ? "select o.id" + FROM + " where " + where(s, params)
                    : "select o.id from " + observation + " where " + whereOfObservation(s, params))
                    + " order by " + by.column + dir + ", o.id" + dir + " offset :offset rows fetch next :limit rows only";
            params.put("offset", offset);
            params.put("limit", limit);
            ids = jdbc.sql(sql).params(params).query(Long.class).list();
        }
        Map<Long, Observation> rows = new HashMap<>();
        findAll(ids).forEach(o -> rows.put(o.id(), o));
        return ids.stream().map(rows::get).toList();
    }

    /**
     * The ids of a page, in period order at any depth, of a selection of geographies alone, from the rows each holds
     * per period start (decision 017): adding the counts gives the periods the page spans and its offset among their
     * rows, and only those periods' rows are read, through the series key. The rows read are counted against the
     * counts; where they differ (counts not in step), or the page lies past the counted rows, empty, and the caller
     * reads the selection as before.
     */
    Optional<List<Long>> fromPeriodCounts(ObservationSelection s, boolean descending, int offset, int limit) {
        if (s.geographies().isEmpty() || !s.indicators().isEmpty() || s.textMatch() != null || s.ids() != null
                || s.sources() != null || s.status() != null || s.from() != null || s.to() != null) {
            return Optional.empty();
        }
        NavigableMap<LocalDate, Long> counts = geographyPeriods.of(s.geographies());
        long seen = 0; // rows in the periods before this one, in the page's order
        long before = 0; // rows in the periods before the page's first
        long spanned = 0; // rows in the periods the page spans
        LocalDate first = null;
        LocalDate last = null;
        for (Map.Entry<LocalDate, Long> e : (descending ? counts.descendingMap() : counts).entrySet()) {
            if (first == null && seen + e.getValue() > offset) {
                first = e.getKey();
                before = seen;
            }
            seen += e.getValue();
            if (first != null) {
                spanned += e.getValue();
                last = e.getKey();
                if (seen >= offset + (long) limit) {
                    break;
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        CountedPage page = countedPage(s, "o.period_start between :lo and :hi",
                Map.of("lo", descending ? last : first, "hi", descending ? first : last), descending,
                offset - before, limit);
        return page.counted() == spanned ? Optional.of(page.ids()) : Optional.empty();
    }

    /** Ids of the selection's rows in a range of periods, in period order, and how many rows the range holds. */
    private record CountedPage(List<Long> ids, long counted) {
    }

    /**
     * The page at {@code skip} of the selection's rows that meet {@code range}, in period order (then by id), and
     * how many rows meet it (counted with the page, {@code count(*) over ()}: 0 when the page is empty).
     */
    private CountedPage countedPage(ObservationSelection s, String range, Map<String, Object> rangeParams,
                                    boolean descending, long skip, long limit) {
        Map<String, Object> params = new HashMap<>(rangeParams);
        String dir = descending ? " desc" : "";
        String sql = "select o.id, count(*) over () as n" + FROM + " where " + where(s, params) + " and " + range
                + " order by o.period_start" + dir + ", o.id" + dir + " offset :skip rows fetch next :limit rows only";
        params.put("skip", skip);
        params.put("limit", limit);
        List<long[]> rows = jdbc.sql(sql).params(params).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        return new CountedPage(rows.stream().map(r -> r[0]).toList(), rows.isEmpty() ? 0 : rows.get(0)[1]);
    }

    /**
     * Whether H2 should find a page in period order by walking the period index, keeping the selection's rows as it
     * goes, rather than by reading all of them through the series key and sorting them. H2 picks the series key
     * whenever the selection names series, which costs the same for every page: about 100 ms for one geography's
     * 200,000 rows of 10 million (docs/benchmarks.md). Walking costs about twice as much per row read, and reads about
     * {@code rowsUpToPageEnd × total / selected} rows, so the walk is chosen while that is under half the selection:
     * a geography's first pages, not its hundredth. Estimated from the series summaries; only when the selection is
     * of geographies and indicators alone, and only on H2 (PostgreSQL's planner weighs the limit itself).
     */
    boolean walkPeriodIndex(ObservationSelection s, long rowsUpToPageEnd) {
        Optional<List<String>> indicators = indicatorsOfSeriesSelection(s);
        if (indicators.isEmpty()) {
            return false;
        }
        long selected = summaries.observationsOf(s.geographies(), indicators.get());
        if (selected == 0) {
            return false;
        }
        long total = jdbc.sql("select count(*) from observation").query(Long.class).single();
        return (double) rowsUpToPageEnd * total / selected <= selected / 2.0;
    }

    /**
     * The indicators of a selection made of geographies and indicators alone (a text search names indicators), whose
     * size the series summaries tell; empty for any other selection, and on PostgreSQL, whose planner weighs the
     * page's limit itself.
     */
    private Optional<List<String>> indicatorsOfSeriesSelection(ObservationSelection s) {
        if (bulk.isPostgres() || s.ids() != null || s.sources() != null || s.status() != null) {
            return Optional.empty();
        }
        List<String> indicators = s.indicators();
        if (s.textMatch() != null) {
            if (!s.textMatch().sources().isEmpty()) {
                return Optional.empty();
            }
            indicators = indicators.isEmpty() ? s.textMatch().indicators()
                    : indicators.stream().filter(s.textMatch().indicators()::contains).toList();
            if (indicators.isEmpty()) {
                return Optional.empty();
            }
        }
        return s.geographies().isEmpty() && indicators.isEmpty() ? Optional.empty() : Optional.of(indicators);
    }

    /**
     * The ids of a page of the newest rows read only from the period on which the rows up to the page's end begin,
     * by the series summaries' estimate ({@link PeriodFloor}): about as many rows as the page's depth instead of the
     * whole selection, which H2 reads through the series key and sorts (decision 016). The rows counted from that
     * period prove the page right; when there are too few, the floor is set lower once, then the caller reads the
     * whole selection. Empty when the estimate cannot help: another kind of selection, periods chosen, or a page
     * past half the selection.
     */
    Optional<List<Long>> newestAboveFloor(ObservationSelection s, int offset, int limit) {
        Optional<List<String>> indicators = indicatorsOfSeriesSelection(s);
        if (indicators.isEmpty() || s.from() != null || s.to() != null) {
            return Optional.empty();
        }
        List<PeriodFloor.Span> spans = summaries.spansOf(s.geographies(), indicators.get());
        long selected = spans.stream().mapToLong(PeriodFloor.Span::observations).sum();
        long needed = offset + (long) limit;
        for (double margin : new double[] {1.25, 2}) { // a quarter more than needed, then twice as many
            long rows = (long) (needed * margin) + limit;
            if (rows > selected / 2) {
                return Optional.empty();
            }
            Optional<LocalDate> floor = PeriodFloor.of(spans, rows);
            if (floor.isEmpty()) {
                return Optional.empty();
            }
            // Joined, each series' rows from the floor on are one range of the series key; with the series as an IN
            // subquery, H2 read the whole table.
            CountedPage page = countedPage(s, "o.period_start >= :floor", Map.of("floor", floor.get()), true, offset,
                    limit);
            if (!page.ids().isEmpty() && page.counted() >= needed) {
                return Optional.of(page.ids());
            }
        }
        return Optional.empty();
    }

    /**
     * The ids of a page, newest first, in the older half of the selection, read oldest first from the period on or
     * before which the rows from the page's start to the oldest end, by the series summaries' estimate, then
     * reversed: the mirror of {@link #newestAboveFloor}. The summaries' row count, kept in step with every write
     * (decision 004), tells where the page lies counted from the oldest row; the rows counted up to that period
     * prove the page right. Empty when it cannot help: another kind of selection, periods chosen, a page in the
     * newer half, or too few rows up to the period twice.
     */
    Optional<List<Long>> oldestBelowCeiling(ObservationSelection s, int offset, int limit) {
        Optional<List<String>> indicators = indicatorsOfSeriesSelection(s);
        if (indicators.isEmpty() || s.from() != null || s.to() != null) {
            return Optional.empty();
        }
        long selected = summaries.observationsOf(s.geographies(), indicators.get());
        long end = selected - offset; // oldest first, the page is the rows [end - limit, end)
        if (end <= 0 || end > selected * 3 / 5) {
            return Optional.empty();
        }
        long start = Math.max(0, end - limit);
        List<PeriodFloor.Span> spans = summaries.spansOf(s.geographies(), indicators.get());
        for (double margin : new double[] {1.25, 2}) {
            long rows = (long) (end * margin) + limit;
            Optional<LocalDate> ceiling = rows > selected * 3 / 4 ? Optional.empty() : PeriodFloor.ceiling(spans, rows);
            if (ceiling.isEmpty()) {
                return Optional.empty();
            }
            CountedPage page = countedPage(s, "o.period_start <= :ceiling", Map.of("ceiling", ceiling.get()), false,
                    start, end - start);
            if (!page.ids().isEmpty() && page.counted() >= end) {
                List<Long> ids = new ArrayList<>(page.ids());
                java.util.Collections.reverse(ids);
                return Optional.of(ids);
            }
        }
        return Optional.empty();
    }

    /** Every observation of the selection in series order (indicator, geography, period, vintage), streamed. */
    void stream(ObservationSelection s, Consumer<Observation> each) {
        Map<String, Object> params = new HashMap<>();
        String sql = SELECT + " where " + where(s, params)
                + " order by s.indicator_code, s.geography_code, o.period_start, o.vintage, o.id";
        try (var rows = jdbc.sql(sql).params(params).query(ROW).stream()) {
            rows.forEach(each);
        }
    }

    /** The selection as conditions on the observation table joined to its series ({@code o} and {@code s}). */
    private static String where(ObservationSelection s, Map<String, Object> p) {
        String ofSeries = ofSeries(s, p);
        return ofObservation(s, p) + (ofSeries.isEmpty() ? "" : " and " + ofSeries);
    }

    /** The selection as conditions on the observation table alone, the series' as a subquery. */
    private static String whereOfObservation(ObservationSelection s, Map<String, Object> p) {
        String ofSeries = ofSeries(s, p);
        return ofObservation(s, p) + (ofSeries.isEmpty() ? ""
                : " and o.series_id in (select s.id from series s where " + ofSeries + ")");
    }

    /** The conditions of the selection on the series: geography, indicator, source, text; empty when none. */
    private static String ofSeries(ObservationSelection s, Map<String, Object> p) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (!s.geographies().isEmpty()) {
            sql.append(" and s.geography_code in (:geos)");
            p.put("geos", s.geographies());
        }
        if (!s.indicators().isEmpty()) {
            sql.append(" and s.indicator_code in (:indicators)");
            p.put("indicators", s.indicators());
        }
        in(sql, p, "s.source_id", "sources", s.sources());
        if (s.textMatch() != null) {
            ObservationSelection.TextMatch t = s.textMatch();
            sql.append(" and (").append(t.indicators().isEmpty() ? "1 = 0" : "s.indicator_code in (:textIndicators)")
                    .append(" or ").append(t.sources().isEmpty() ? "1 = 0" : "s.source_id in (:textSources)")
                    .append(")");
            p.put("textIndicators", t.indicators());
            p.put("textSources", t.sources());
        }
        return sql.length() == 5 ? "" : sql.substring(10);
    }

    /** The conditions of the selection on the observation itself: ids, status, periods. */
    private static String ofObservation(ObservationSelection s, Map<String, Object> p) {
        StringBuilder sql = new StringBuilder("1 = 1");
        in(sql, p, "o.id", "ids", s.ids());
        if (s.status() != null) {
            sql.append(" and o.status = :status");
            p.put("status", s.status().name());
        }
        if (s.from() != null) {
            sql.append(" and o.period_start >= :from");
            p.put("from", s.from().start());
        }
        if (s.to() != null) {
            sql.append(" and o.period_start < :to");
            p.put("to", s.to().end());
        }
        return sql.toString();
    }

    private static void in(StringBuilder sql, Map<String, Object> p, String column, String name, Set<Long> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            sql.append(" and 1 = 0");
        } else {
            sql.append(" and ").append(column).append(" in (:").append(name).append(')');
            p.put(name, values);
        }
    }

    /**
     * Every official row of the keys' series and periods (in any unit: the caller matches the unit). One query per
     * indicator, its geographies and periods as IN lists, so the series index serves it (an OR of one condition per
     * series made H2 scan the table); rows of a geography and period asked for only with another are dropped.
     */
    List<Observation> officialRows(Collection<OfficialValues.Key> keys) {
        Map<String, List<OfficialValues.Key>> byIndicator = keys.stream().collect(Collectors.groupingBy(
                OfficialValues.Key::indicatorCode, LinkedHashMap::new, Collectors.toList()));
        java.util.Set<String> wanted = new java.util.HashSet<>();
        keys.forEach(k -> wanted.add(k.indicatorCode() + "\u0000" + k.geographyCode() + "\u0000" + k.period().start()));
        List<Observation> out = new ArrayList<>();
        for (Map.Entry<String, List<OfficialValues.Key>> e : byIndicator.entrySet()) {
            List<String> geographies = e.getValue().stream().map(OfficialValues.Key::geographyCode).distinct().toList();
            List<java.time.LocalDate> periods = e.getValue().stream().map(k -> k.period().start()).distinct().toList();
            for (int g = 0; g < geographies.size(); g += SERIES_PER_QUERY) {
                jdbc.sql(SELECT + " where " + OfficialValues.CONDITION + " and s.indicator_code = :i"
                                + " and s.geography_code in (:g) and o.period_start in (:p)")
                        .params(Map.of("i", e.getKey(), "g",
                                geographies.subList(g, Math.min(geographies.size(), g + SERIES_PER_QUERY)), "p", periods))
                        .query(ROW).list().stream()
                        .filter(o -> wanted.contains(o.indicatorCode() + "\u0000" + o.geographyCode() + "\u0000"
                                + o.period().start()))
                        .forEach(out::add);
            }
        }
        out.sort(OfficialValues.NEWEST_FIRST);
        return out;
    }

    /**
     * The official rows of one geography and period whose value lies in one of the ranges ({@code [low, high]}
     * pairs): the geography's series, each looked up at the period in the series key, the ranges filtering them.
     */
    List<Observation> officialNear(String geographyCode, Period period, List<BigDecimal[]> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(SELECT + " where s.geography_code = :g"
                + " and o.period_start = :p and o.frequency = :f and " + OfficialValues.CONDITION + " and (");
        Map<String, Object> p = new HashMap<>();
        p.put("g", geographyCode);
        p.put("p", period.start());
        p.put("f", period.frequency().code());
        for (int r = 0; r < ranges.size(); r++) {
            sql.append(r == 0 ? "" : " or ").append("o.obs_value between :lo").append(r).append(" and :hi").append(r);
            p.put("lo" + r, ranges.get(r)[0]);
            p.put("hi" + r, ranges.get(r)[1]);
        }
        return jdbc.sql(sql.append(')').toString()).params(p).query(ROW).list();
    }

    /** A re-import's read of stored values on H2, the series' ids found first. */
    private static final String VINTAGES = """
            select series_id, period_start, frequency, vintage, obs_value, value_scale
            from observation where series_id in (:ids)""";

    /**
     * A re-import's read of stored values on PostgreSQL, the series found by their keys as {@link SeriesIds#find}
     * finds them: a text per series (see {@link StoredText}), so the driver decodes one column of tens of values
     * instead of six columns of each value; the database, not the importing thread, formats them.
     */
    static final String VINTAGES_AS_TEXT = """
            select k.i, k.g, k.src, v.stored from unnest(?, ?, ?) as k(i, g, src) cross join lateral (
              select id from series s where s.indicator_code = k.i and s.geography_code = k.g and s.source_id = k.src
              limit 1) s cross join lateral (
              select string_agg(concat_ws(' ', period_start - date '1970-01-01', frequency,
                vintage - date '1970-01-01', value_scale, obs_value), ',') stored
              from observation o where o.series_id = s.id) v""";

    /**
     * Starts reading every value of these series, each period with each of its vintages; a series with none is
     * absent from the result. PostgreSQL: one query, each series' values as one text, started on the caller's
     * connection (so it runs in the caller's transaction and sees its rows) and read on another thread while the
     * caller goes on. H2: read before this returns, the series' ids and then their rows (embedded, H2 hands them over
     * without decoding them; read on another thread, the re-import of 1.6 million values was no faster).
     */
    InFlight<Map<SeriesKey, List<Vintages.Value>>> startVintagesOf(Collection<SeriesKey> keys) {
        if (!bulk.isPostgres()) {
            return InFlight.done(vintagesOf(keys));
        }
        List<SeriesKey> distinct = keys.stream().distinct().toList();
        return template.execute((ConnectionCallback<InFlight<Map<SeriesKey, List<Vintages.Value>>>>) con -> {
            // The driver's own connection under the pool's, whose list of open statements two threads must not
            // change at once; the driver runs one statement at a time on it.
            Connection own = (Connection) con.unwrap(PGConnection.class);
            PreparedStatement ps = own.prepareStatement(VINTAGES_AS_TEXT);
            try {
                SeriesIds.bindKeys(own, ps, distinct);
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
            return InFlight.start(() -> {
                Map<SeriesKey, List<Vintages.Value>> out = new HashMap<>();
                try (ps; ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String stored = rs.getString(4);
                        if (stored != null) {
                            out.put(new SeriesKey(rs.getString(1), rs.getString(2), rs.getLong(3)),
                                    StoredText.values(stored));
                        }
                    }
                }
                return out;
            }, template.getExceptionTranslator(), VINTAGES_AS_TEXT);
        });
    }

    /** Every value of these series, each period with each of its vintages: the series' ids, then their rows. */
    private Map<SeriesKey, List<Vintages.Value>> vintagesOf(Collection<SeriesKey> keys) {
        Map<Long, SeriesKey> byId = new HashMap<>();
        seriesIds.find(keys).forEach((key, id) -> byId.put(id, key));
        Map<SeriesKey, List<Vintages.Value>> out = new HashMap<>();
        List<Long> ids = List.copyOf(byId.keySet());
        for (int from = 0; from < ids.size(); from += 1_000) {
            jdbc.sql(VINTAGES)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    // Columns by position: a re-import reads every stored value here, and H2 looks a name up
                    // upper-cased on every call.
                    .query((rs, i) -> out.computeIfAbsent(byId.get(rs.getLong(1)), k -> new ArrayList<>())
                            .add(new Vintages.Value(
                                    new Period(rs.getObject(2, LocalDate.class), Frequency.fromCode(rs.getString(3))),
                                    rs.getObject(4, LocalDate.class),
                                    rs.getBigDecimal(5).setScale(rs.getInt(6), RoundingMode.UNNECESSARY))))
                    .list();
        }
        return out;
    }

    boolean hasAny(long sourceId) {
        return jdbc.sql("select 1" + FROM + " where s.source_id = ? fetch first 1 rows only")
                .param(sourceId).query(Integer.class).optional().isPresent();
    }

    Map<Long, Long> countBySource(Collection<Long> sourceIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            jdbc.sql("select s.source_id, count(*) n" + FROM + " where s.source_id in (:ids) group by s.source_id")
                    .param("ids", sourceIds)
                    .query((rs, i) -> counts.put(rs.getLong("source_id"), rs.getLong("n"))).list();
        }
        return counts;
    }

    /** The import ids rows name that are above {@code last}, found through the import index. */
    List<Long> importIdsAbove(long last) {
        return jdbc.sql("select distinct import_id from observation where import_id > ? order by import_id")
                .param(last).query(Long.class).list();
    }

    List<SeriesSummaries.Series> seriesOfImport(long importId) {
        return jdbc.sql("select distinct s.indicator_code, s.geography_code" + FROM + " where o.import_id = ?")
                .param(importId).query((rs, i) -> new SeriesSummaries.Series(rs.getString(1), rs.getString(2))).list();
    }

    /** How many of the given observations an import added. */
    long countInImport(long importId, Collection<Long> ids) {
        long n = 0;
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1_000) {
            n += jdbc.sql("select count(*) from observation where import_id = :import and id in (:ids)")
                    .param("import", importId).param("ids", all.subList(from, Math.min(all.size(), from + 1_000)))
                    .query(Long.class).single();
        }
        return n;
    }

    long countSeries(SeriesSummaries.Series s) {
        return jdbc.sql("select count(*)" + FROM + " where s.indicator_code = ? and s.geography_code = ?")
                .params(s.indicatorCode(), s.geographyCode()).query(Long.class).single();
    }

    /**
     * The official rows of a series in one unit from {@code from} on, newest period first, each period's newest
     * vintage first: enough to find its latest two official periods.
     */
    List<Observation> latestOfficial(SeriesSummaries.Series s, String unit, LocalDate from) {
        return jdbc.sql(SELECT + " where s.indicator_code = ? and s.geography_code = ? and o.period_start >= ?"
                        + " and o.unit = ? and " + OfficialValues.CONDITION
                        + " order by o.period_start desc, o.vintage desc, o.id desc fetch first 64 rows only")
                .params(s.indicatorCode(), s.geographyCode(), from, unit).query(ROW).list();
    }
}
