package org.factline.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar factline.jar import FILE... [--format=auto|wdi|databank|fred|owid|long|sdmx|weo|eurostat|
 * wdi-countries|wdi-indicators] [--indicator=CODE] [--geo=CODE] [--source-url=URL] [--vintage=YYYY-MM-DD]
 * [--sheet=NAME] [--skip-invalid] [--dry-run]}: imports files into the configured database and prints each file's
 * report. Exits 0 when every file was imported (or would be, with --dry-run), 1 when any was refused, 2 on a usage
 * error.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "factline.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = "usage: java -jar factline.jar import FILE... [--format=auto|wdi|databank|fred|owid|"
            + "long|sdmx|weo|eurostat|wdi-countries|wdi-indicators] "
            + "[--indicator=CODE] [--geo=CODE] [--source-url=URL] [--vintage=YYYY-MM-DD] [--sheet=NAME] [--skip-invalid] "
            + "[--dry-run]";

    private final ImportService importer;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    ImportCommand(ImportService importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        ImportOptions options;
        try {
            options = options(args);
        } catch (IllegalArgumentException | org.factline.problem.InvalidInput e) {
            err.println("factline import: " + e.getMessage());
            err.println(USAGE);
            exitCode = 2;
            return;
        }
        List<String> files = args.getNonOptionArgs();
        if (files.isEmpty()) {
            err.println(USAGE);
            exitCode = 2;
            return;
        }
        boolean dryRun = args.containsOption("dry-run");
        for (String f : files) {
            Path path = Path.of(f);
            if (!Files.isRegularFile(path)) {
                err.println(f + ": no such file");
                exitCode = 1;
                continue;
            }
            ImportReport report = dryRun ? importer.preview(path, path.getFileName().toString(), options)
                    : commitShowingProgress(path, options);
            (report.refused() ? err : out).println(String.join(System.lineSeparator(), report.lines()));
            if (report.refused()) {
                exitCode = 1;
            }
        }
    }

    /** Imports a file; on a terminal, a status line says how far it has come (rows, rows/s, time left). */
    private ImportReport commitShowingProgress(Path path, ImportOptions options) {
        ImportProgress progress = new ImportProgress();
        Thread status = null;
        if (System.console() != null) {
            status = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(500);
                        err.print("\r" + path.getFileName() + ": " + progress.describe() + "   ");
                        err.flush();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "import-progress");
            status.setDaemon(true);
            status.start();
        }
        try {
            return importer.commit(path, path.getFileName().toString(), options, progress);
        } finally {
            if (status != null) {
                status.interrupt();
                err.print("\r" + " ".repeat(100) + "\r");
            }
        }
    }

    private static ImportOptions options(ApplicationArguments args) {
        for (String name : args.getOptionNames()) {
            if (!List.of("format", "indicator", "geo", "source-url", "vintage", "skip-invalid", "dry-run", "user",
                    "sheet")
                    .contains(name) && !name.startsWith("spring.") && !name.startsWith("factline.")
                    && !name.startsWith("logging.") && !name.startsWith("server.")) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        String format = one(args, "format");
        String vintage = one(args, "vintage");
        LocalDate v;
        try {
            v = vintage == null ? null : LocalDate.parse(vintage);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--vintage=" + vintage + " is not a date like 2024-06-28");
        }
        return new ImportOptions(format == null || format.equalsIgnoreCase("auto") ? null : ImportFormat.named(format),
                one(args, "indicator"), one(args, "geo"), one(args, "source-url"), v, args.containsOption("skip-invalid"),
                one(args, "user") == null ? System.getProperty("user.name", "cli") : one(args, "user"))
                .withSheet(one(args, "sheet"));
    }

    private static String one(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
