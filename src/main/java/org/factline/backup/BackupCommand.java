package org.factline.backup;

import java.nio.file.Path;
import org.factline.problem.Problem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar factline.jar export DIR} writes every table as CSV with a manifest of counts and checksums;
 * {@code java -jar factline.jar restore DIR} loads such a directory into an empty database. Exit 0 when done,
 * 1 when refused (the message says why), 2 on a usage error.
 */
@Component
@Order(100)
@ConditionalOnExpression("'${factline.command:}' == 'export' or '${factline.command:}' == 'restore'")
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    private final BackupService backup;
    private final String command;
    private int exitCode;

    BackupCommand(BackupService backup, @org.springframework.beans.factory.annotation.Value("${factline.command}")
            String command) {
        this.backup = backup;
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().size() != 1) {
            System.err.println("usage: java -jar factline.jar " + command + " DIR");
            exitCode = 2;
            return;
        }
        Path dir = Path.of(args.getNonOptionArgs().get(0));
        try {
            BackupService.Manifest m = "export".equals(command) ? backup.export(dir) : backup.restore(dir);
            long rows = m.tables().stream().mapToLong(BackupService.TableFile::rows).sum();
            System.out.println((command.equals("export") ? "exported " : "restored ") + rows + " rows of "
                    + m.tables().size() + " tables " + (command.equals("export") ? "to " : "from ") + dir);
            m.tables().forEach(t -> System.out.println("  " + t.table() + ": " + t.rows()));
        } catch (Problem e) {
            System.err.println("factline " + command + ": " + e.getMessage());
            exitCode = 1;
        } catch (Exception e) {
            System.err.println("factline " + command + ": failed, nothing was changed: " + e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
