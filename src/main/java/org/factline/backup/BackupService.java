package org.factline.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every table of Factline's schema as CSV plus a manifest (row counts and SHA-256 of each file), and
 * restores such a directory into an empty database, H2 or PostgreSQL. A restore checks the manifest first and
 * writes everything in one transaction, so a failed restore leaves the database empty.
 */
@Service
public class BackupService {

    /** Flyway's own table: a restored database has its own, written by the migrations that created it. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * References the schema keeps without a foreign key (decision 018): table, column, referenced table (its
     * {@code id}). The writers are the only source of these ids; a restore reads them from files, so it checks them.
     */
    private static final List<List<String>> UNDECLARED_REFERENCES = List.of(
            List.of("observation", "series_id", "series"), List.of("observation", "import_id", "import_batch"));

    static final String FORMAT = "factline-export-1";
    static final String NULL = "\\N";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setNullString(NULL).setRecordSeparator("\n").get();

    private final DataSource dataSource;
    private final Clock clock;

    public BackupService(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** One exported table in the manifest. */
    public record TableFile(String table, String file, long rows, String sha256) {
    }

    /** What {@code manifest.json} says. */
    public record Manifest(String format, Instant exportedAt, List<TableFile> tables) {
    }

    /** Writes every table into {@code dir} (created if needed; it must not hold an export already). */
    @Transactional(readOnly = true)
    public Manifest export(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        if (Files.exists(dir.resolve("manifest.json"))) {
            throw new Conflict(dir + " holds an export already: choose an empty directory");
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        List<TableFile> files = new ArrayList<>();
        for (String table : Schema.read(c).tables()) {
            Path file = dir.resolve(table + ".csv");
            long rows = 0;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select * from " + table + " order by 1");
                 Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter out = new CSVPrinter(w, CSV)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    header.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                out.printRecord(header);
                List<String> values = new ArrayList<>(header.size());
                while (rs.next()) {
                    values.clear();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        values.add(text(rs, i, md.getColumnType(i)));
                    }
                    out.printRecord(values);
                    rows++;
                }
            }
            files.add(new TableFile(table, file.getFileName().toString(), rows, sha256(file)));
        }
        Manifest m = new Manifest(FORMAT, Instant.now(clock), files);
        json().writeValue(dir.resolve("manifest.json").toFile(), m);
        return m;
    }

    private static String text(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, LocalDateTime.class);
            case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(i);
            default -> rs.getObject(i);
        };
        if (v == null) {
            return null;
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    /**
     * Loads an export into this database, which must be empty (no source, observation or account yet).
     *
     * @throws IllegalArgumentException when the directory is not a complete, unaltered export, or the database
     *                                  is not empty; nothing is written then
     */
    @Transactional
    public Manifest restore(Path dir) throws IOException, SQLException {
        Path manifestFile = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new InvalidInput(dir + " has no manifest.json: not a Factline export");
        }
        Manifest m = json().readValue(manifestFile.toFile(), Manifest.class);
        if (!FORMAT.equals(m.format())) {
            throw new InvalidInput("manifest.json: format '" + m.format() + "', expected " + FORMAT);
        }
        for (TableFile t : m.tables()) {
            Path file = dir.resolve(t.file());
            if (!Files.isRegularFile(file)) {
                throw new InvalidInput(t.file() + ": missing from " + dir);
            }
            String actual = sha256(file);
            if (!actual.equals(t.sha256())) {
                throw new InvalidInput(t.file() + ": SHA-256 " + actual + " is not the manifest's "
                        + t.sha256() + ": the file was changed or damaged");
            }
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        Schema schema = Schema.read(c);
        for (String table : schema.tables()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new Conflict("The database is not empty (" + table + " has " + rs.getLong(1)
                            + " rows): restore into a new, empty database");
                }
            }
        }
        Map<String, TableFile> byTable = new LinkedHashMap<>();
        m.tables().forEach(t -> byTable.put(t.table(), t));
        for (String table : byTable.keySet()) {
            if (!schema.tables().contains(table)) {
                throw new InvalidInput("manifest.json lists a table " + table + " that this database does not have");
            }
        }
        for (String table : schema.tables()) {
            TableFile t = byTable.get(table);
            if (t == null) {
                throw new InvalidInput("manifest.json lists no " + table + " table");
            }
            long rows = load(c, table, schema.columns(table), dir.resolve(t.file()));
            if (rows != t.rows()) {
                throw new InvalidInput(t.file() + ": " + rows + " rows, the manifest says " + t.rows());
            }
        }
        checkUndeclaredReferences(c, schema);
        moveIdentities(c, schema);
        return m;
    }

    private static void checkUndeclaredReferences(Connection c, Schema schema) throws SQLException {
        for (List<String> ref : UNDECLARED_REFERENCES) {
            String table = ref.get(0);
            String column = ref.get(1);
            String target = ref.get(2);
            if (!schema.columns(table).contains(column) || !schema.tables().contains(target)) {
                continue;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*), min(t." + column
                    + ") from " + table + " t where t." + column + " is not null and not exists (select 1 from "
                    + target + " r where r.id = t." + column + ")")) {
                rs.next();
                long orphans = rs.getLong(1);
                if (orphans > 0) {
                    throw new InvalidInput(table + ".csv: " + orphans
                            + (orphans == 1 ? " row names a " : " rows name a ") + column + " that "
                            + target + ".csv does not hold (the first: " + rs.getLong(2) + ")");
                }
            }
        }
    }

    /**
     * Loads one table's file. Its header's column names are checked against the table's columns as the database
     * lists them, so only names the schema has ever reach the SQL.
     */
    private static long load(Connection c, String table, List<String> schemaColumns, Path file)
            throws IOException, SQLException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSV.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> columns = parser.getHeaderNames();
            for (String column : columns) {
                if (!schemaColumns.contains(column)) {
                    throw new InvalidInput(file.getFileName() + ", line 1: column '" + column + "' is not a column of "
                            + table + " (" + String.join(", ", schemaColumns) + ")");
                }
            }
            int[] types = new int[columns.size()];
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select " + String.join(", ", columns) + " from " + table + " where 1 = 0")) {
                for (int i = 0; i < types.length; i++) {
                    types[i] = rs.getMetaData().getColumnType(i + 1);
                }
            }
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (CSVRecord rec : parser) {
                    for (int i = 0; i < types.length; i++) {
                        ps.setObject(i + 1, value(rec.get(i), types[i]), types[i]);
                    }
                    ps.addBatch();
                    if (++rows % 5_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return rows;
        }
    }

    private static Object value(String text, int type) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case Types.DATE -> LocalDate.parse(text);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Timestamp.valueOf(LocalDateTime.parse(text));
            case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(text);
            case Types.INTEGER, Types.SMALLINT -> Integer.valueOf(text);
            case Types.BIGINT -> Long.valueOf(text);
            case Types.BOOLEAN, Types.BIT -> Boolean.valueOf(text);
            default -> text;
        };
    }

    /** New rows get ids after the restored ones. */
    private static void moveIdentities(Connection c, Schema schema) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        for (String table : schema.tables()) {
            if (!schema.columns(table).contains("id")) {
                continue;
            }
            long next;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute(postgres
                        ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                        : "alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }

    private static ObjectMapper json() {
        return new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
