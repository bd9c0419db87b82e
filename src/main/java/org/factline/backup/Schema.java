package org.factline.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables and columns of the database as its own metadata lists them (every table the migrations created, but
 * Flyway's history), the tables in an order in which every foreign key points backwards.
 */
record Schema(List<String> tables, Map<String, List<String>> columnsByTable) {

    List<String> columns(String table) {
        return columnsByTable.getOrDefault(table, List.of());
    }

    static Schema read(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        Map<String, String> stored = new TreeMap<>(); // lower-case name -> name as the database spells it
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals(BackupService.FLYWAY_HISTORY)) {
                    stored.put(lower, name);
                }
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : stored.entrySet()) {
            Set<String> refs = new TreeSet<>();
            try (ResultSet rs = md.getImportedKeys(catalog, schema, t.getValue())) {
                while (rs.next()) {
                    String target = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!target.equals(t.getKey())) {
                        refs.add(target);
                    }
                }
            }
            references.put(t.getKey(), refs);
            List<String> cols = new ArrayList<>();
            try (ResultSet rs = md.getColumns(catalog, schema, t.getValue(), "%")) {
                while (rs.next()) {
                    cols.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            columns.put(t.getKey(), List.copyOf(cols));
        }
        return new Schema(inForeignKeyOrder(references), columns);
    }

    /** Each table after every table it references; among tables free to go, alphabetical, so the order is stable. */
    static List<String> inForeignKeyOrder(Map<String, Set<String>> references) {
        List<String> ordered = new ArrayList<>();
        Set<String> left = new TreeSet<>(references.keySet());
        while (!left.isEmpty()) {
            String next = left.stream().filter(t -> ordered.containsAll(references.get(t).stream()
                    .filter(references::containsKey).toList())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + left));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }
}
