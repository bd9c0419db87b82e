package org.factline.observation;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writing many observations at once: JDBC batches on H2, COPY on PostgreSQL. */
final class BulkInsert {

    private static final String COLUMNS = ObservationRepository.COLUMNS;
    private static final String COPY = "copy observation (" + COLUMNS + ") from stdin with (format csv)";
    /** How many characters of rows go to PostgreSQL at a time. */
    private static final int PIECE = 1 << 16;

    private final JdbcTemplate template;
    private volatile Boolean postgres;

    BulkInsert(JdbcTemplate template) {
        this.template = template;
    }

    /**
     * Starts writing the rows; {@code seriesIds} names the id of each row's series, in the same order. H2: written
     * before this returns. PostgreSQL: a COPY started on the caller's connection and fed from another thread, so that
     * the caller can read its next rows while PostgreSQL stores these; until the COPY has ended, the driver holds
     * every other statement on that connection back (commit and rollback included), so whatever the transaction does
     * next sees these rows.
     */
    InFlight<Long> start(List<NewObservation> observations, long[] seriesIds, Long importId) {
        if (isPostgres()) {
            return template.execute((ConnectionCallback<InFlight<Long>>) con -> {
                CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
                return InFlight.start(() -> write(copy, observations, seriesIds, importId),
                        template.getExceptionTranslator(), COPY);
            });
        }
        int[] i = {0};
        template.batchUpdate(ObservationRepository.INSERT, observations, 1_000,
                (ps, o) -> bind(ps, o, seriesIds[i[0]++], importId));
        return InFlight.done((long) observations.size());
    }

    /**
     * Feeds the rows to the COPY in pieces as they are formatted, so PostgreSQL starts storing the first while the
     * last are written, and ends it; a COPY that fails is cancelled, which gives the connection back.
     */
    private static long write(CopyIn copy, List<NewObservation> observations, long[] seriesIds, Long importId)
            throws SQLException {
        try {
            StringBuilder csv = new StringBuilder(PIECE + 512);
            for (int i = 0; i < observations.size(); i++) {
                row(csv, observations.get(i), seriesIds[i], importId);
                if (csv.length() >= PIECE || i == observations.size() - 1) {
                    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    csv.setLength(0);
                }
            }
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException cancelling) {
                    e.addSuppressed(cancelling);
                }
            }
            throw e;
        }
    }

    private static void row(StringBuilder csv, NewObservation o, long seriesId, Long importId) {
        csv.append(seriesId).append(',').append(pgDate(o.period().start())).append(',')
                .append(o.period().frequency().code()).append(',')
                .append(o.value().toPlainString()).append(',').append(o.value().scale()).append(',');
        quoted(csv, o.unit()).append(',').append(o.status().name()).append(',')
                .append(pgDate(o.vintage())).append(',');
        if (importId != null) {
            csv.append(importId);
        }
        csv.append('\n');
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
