package org.factline;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Factline: economic indicators together with the figures news articles cite about them. */
@SpringBootApplication
@Theme("factline")
@Meta(name = "description", content = "Economic indicators and the figures news articles cite about them")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The one source of "now", so that logic and tests agree on it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
