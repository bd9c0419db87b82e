package org.factline.fetch;

import java.io.PrintStream;
import java.util.List;
import org.factline.importer.ImportReport;
import org.factline.problem.InvalidInput;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar factline.jar fetch worldbank:CODE[,CODE…] | fred:SERIES[,SERIES…] … [--dry-run]}: fetches each
 * series from its provider and imports it, printing each import's report. Exits 0 when every series was imported
 * (or would be, with --dry-run), 1 when any was refused, 2 on a usage error.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "factline.command", havingValue = "fetch")
class FetchCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = "usage: java -jar factline.jar fetch worldbank:CODE[,CODE...] | fred:SERIES[,SERIES...] "
            + "... [--dry-run]  (FRED reads its API key from FACTLINE_FRED_API_KEY)";

    private final FetchService fetch;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    FetchCommand(FetchService fetch) {
        this.fetch = fetch;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> specs = args.getNonOptionArgs();
        if (specs.isEmpty()) {
            err.println(USAGE);
            exitCode = 2;
            return;
        }
        String user = System.getProperty("user.name", "cli");
        for (String spec : specs) {
            List<ImportReport> reports;
            try {
                reports = fetch.fetch(spec, !args.containsOption("dry-run"), user);
            } catch (InvalidInput e) {
                err.println("factline fetch: " + e.getMessage());
                err.println(USAGE);
                exitCode = 2;
                return;
            }
            for (ImportReport report : reports) {
                (report.refused() ? err : out).println(String.join(System.lineSeparator(), report.lines()));
                if (report.refused()) {
                    exitCode = 1;
                }
            }
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
