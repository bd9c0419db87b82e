package org.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table the migrations create has exactly one owning module: only that module's sources read or write it in
 * SQL ({@code from}, {@code join}, {@code into}, {@code update}, {@code delete from}), and only in package-private
 * repository classes. The tables come from the migrations, the statements from the sources: nothing is listed by
 * hand. ({@code backup} copies every table without naming any.)
 */
class TableOwnershipTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/org/factline");
    static final Pattern CREATE = Pattern.compile("(?i)create table (\\w+)");
    /** Tables a library queries, not Factline's code: ShedLock's lock rows. */
    static final Set<String> LIBRARIES = Set.of("shedlock");

    @Test
    void everyTableIsQueriedByOneModuleAlone() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.toList()) {
                Matcher m = CREATE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!LIBRARIES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                        tables.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(tables).contains("observation", "citation", "account");
        List<Path> java;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            java = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        Map<String, Set<String>> modulesByTable = new TreeMap<>();
        Map<String, Set<String>> classesByTable = new TreeMap<>();
        for (String table : tables) {
            Pattern sql = Pattern.compile("(?i)\\b(from|join|into|update)\\s+" + table + "\\b(?!\\.)");
            for (Path f : java) {
                String text = Files.readString(f);
                if (sql.matcher(text).find()) {
                    String module = SOURCES.relativize(f).getName(0).toString();
                    if (!module.equals("backup")) {
                        modulesByTable.computeIfAbsent(table, t -> new TreeSet<>()).add(module);
                        classesByTable.computeIfAbsent(table, t -> new TreeSet<>())
                                .add(f.getFileName().toString() + (text.contains("\npublic ") ? " (public)" : ""));
                    }
                }
            }
        }
        assertThat(modulesByTable.keySet()).as("tables no module queries").containsExactlyElementsOf(tables);
        modulesByTable.forEach((table, modules) -> assertThat(modules).as("modules whose SQL names " + table)
                .hasSize(1));
        classesByTable.forEach((table, classes) -> assertThat(classes).as("classes whose SQL names " + table)
                .noneMatch(c -> c.endsWith("(public)")));
    }
}
