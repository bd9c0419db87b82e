package org.factline.observation;

import java.io.IOException;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writing many observations at once: JDBC batches on H2, COPY on PostgreSQL. */
final class BulkInsert {

    private static final String COLUMNS = ObservationRepository.COLUMNS;
    private static final String COPY = "copy observation (" + COLUMNS + ") from stdin with (format csv)";

    private final JdbcTemplate template;
    private volatile Boolean postgres;

    BulkInsert(JdbcTemplate template) {
        this.template = template;
    }

    /** Adds the rows; {@code seriesIds} names the id of each row's series. */
    int insertAll(List<NewObservation> observations, Map<SeriesKey, Long> seriesIds, Long importId) {
        if (isPostgres()) {
            return copyAll(observations, seriesIds, importId);
        }
        int[][] counts = template.batchUpdate(ObservationRepository.INSERT, observations, 1_000,
                (ps, o) -> bind(ps, o, seriesIds.get(series(o)), importId));
        int total = 0;
        for (int[] batch : counts) {
            total += batch.length;
        }
        return total;
    }

    boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            p = template.execute((ConnectionCallback<Boolean>) c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql"));
            postgres = p;
        }
        return Boolean.TRUE.equals(p);
    }

    /**
     * PostgreSQL's bulk path: COPY the rows straight into {@code observation}, which checks its constraints, keys and
     * indexes as any insert does.
     */
    private int copyAll(List<NewObservation> observations, Map<SeriesKey, Long> seriesIds, Long importId) {
        return template.execute((ConnectionCallback<Integer>) con -> {
            StringBuilder csv = new StringBuilder(observations.size() * 64);
            for (NewObservation o : observations) {
                csv.append(seriesIds.get(series(o))).append(',').append(pgDate(o.period().start())).append(',')
                        .append(o.period().frequency().code()).append(',')
                        .append(o.value().toPlainString()).append(',').append(o.value().scale()).append(',');
                quoted(csv, o.unit()).append(',').append(o.status().name()).append(',')
                        .append(pgDate(o.vintage())).append(',');
                if (importId != null) {
                    csv.append(importId);
                }
                csv.append('\n');
            }
            try {
                return (int) con.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into observation failed: " + e.getMessage(), e);
            }
        });
    }

    /** A date as PostgreSQL reads it: year 0 and before are written as BC ("-0050-01-01" is "0051-01-01 BC"). */
    static String pgDate(LocalDate d) {
        return d.getYear() > 0 ? d.toString() : String.format(Locale.ROOT, "%04d-%02d-%02d BC",
                1 - d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static StringBuilder quoted(StringBuilder out, String text) {
        return out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    static SeriesKey series(NewObservation o) {
        return new SeriesKey(o.indicatorCode(), o.geographyCode(), o.sourceId());
    }

    static void bind(PreparedStatement ps, NewObservation o, long seriesId, Long importId) throws SQLException {
        ps.setLong(1, seriesId);
        ps.setObject(2, o.period().start());
        ps.setString(3, o.period().frequency().code());
        ps.setBigDecimal(4, o.value());
        ps.setInt(5, o.value().scale());
        ps.setString(6, o.unit());
        ps.setString(7, o.status().name());
        ps.setObject(8, o.vintage());
        if (importId == null) {
            ps.setNull(9, Types.BIGINT);
        } else {
            ps.setLong(9, importId);
        }
    }
}
