package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The observation table drops its foreign keys to {@code series} and {@code import_batch} (decision 018): on
 * PostgreSQL their row triggers took 10 of the 16 seconds a COPY of 1.6 million rows spent in the database, and H2
 * kept a B-tree of its own for the one to {@code series}. The writers are the only source of those ids, and neither
 * table has a delete path; a restore checks both references instead.
 *
 * <p>A Java migration because H2 named V1's constraint to {@code import_batch} itself: the names are read from the
 * database's own metadata, on H2 and PostgreSQL alike.
 */
public class V15__observation_without_foreign_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        DatabaseMetaData md = c.getMetaData();
        String table = md.storesUpperCaseIdentifiers() ? "OBSERVATION" : "observation";
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = md.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                String target = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (target.equals("series") || target.equals("import_batch")) {
                    names.add(rs.getString("FK_NAME"));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("alter table observation drop constraint \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
