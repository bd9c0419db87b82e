package org.factline;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import org.factline.extraction.ExtractCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** Factline: economic indicators together with the figures news articles cite about them. */
@SpringBootApplication
@Theme("factline")
@Meta(name = "description", content = "Economic indicators and the figures news articles cite about them")
public class Application implements AppShellConfigurator {

    /** Subcommands that run without the web server: {@code java -jar factline.jar import FILE...}. */
    static final Set<String> COMMANDS = Set.of("import", "fetch", "articles", "export", "restore");

    public static void main(String[] args) {
        if (args.length > 0 && "extract".equals(args[0])) {
            // Extraction needs no database: it runs without Spring and answers at once.
            // Figures carry £, € and ₽: write UTF-8 whatever the platform's default charset is.
            System.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in,
                    new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                    new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)));
        }
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Runs a subcommand on the configured database without the web server and returns its exit code. A database
     * that cannot be opened (another Factline holds the embedded file) is reported in one line, not a stack trace.
     */
    static int runCommand(String[] args) {
        ConfigurableApplicationContext ctx;
        try {
            ctx = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    // The command prints its own report and errors; the framework's logging would bury them.
                    .properties("factline.command=" + args[0], "logging.level.root=off",
                            "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                    .run(commandArguments(args));
        } catch (RuntimeException e) {
            Throwable root = e;
            boolean locked = false;
            for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
                root = t;
                locked |= t.getMessage() != null && (t.getMessage().contains("already in use")
                        || t.getMessage().contains("is locked"));
            }
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            System.err.println("factline " + args[0] + ": cannot start: " + message.lines().findFirst().orElse(message));
            if (locked) {
                System.err.println("The embedded database is open in another Factline process: stop it, or import "
                        + "through the running app (the Imports page or POST /api/imports).");
            }
            return 1;
        }
        return SpringApplication.exit(ctx);
    }

    /**
     * The subcommand's own arguments; a backup is taken or restored as it is, so {@code export} and
     * {@code restore} load no seed data first (as a command-line property, to win over application.properties).
     */
    static String[] commandArguments(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if ("import".equals(args[0]) || "fetch".equals(args[0]) || "articles".equals(args[0])) {
            return rest;
        }
        String[] out = Arrays.copyOf(rest, rest.length + 1);
        out[rest.length] = "--factline.seed.enabled=false";
        return out;
    }

    /** The one source of "now", so that logic and tests agree on it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
