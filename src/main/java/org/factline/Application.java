package org.factline;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Factline: economic indicators together with the figures news articles cite about them. */
@SpringBootApplication
@Theme("factline")
@Meta(name = "description", content = "Economic indicators and the figures news articles cite about them")
public class Application implements AppShellConfigurator {

    /** Subcommands that run without the web server: {@code java -jar factline.jar import FILE...}. */
    static final Set<String> COMMANDS = Set.of("import");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("factline.command=" + args[0], "logging.level.root=warn",
                            "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                            "logging.level.org.factline=warn")
                    .run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(SpringApplication.exit(ctx));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The one source of "now", so that logic and tests agree on it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
