package org.factline.fetch;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the due schedules in the running app (not in the command-line subcommands): checks every
 * {@code factline.refresh.check} (an hour), first {@code factline.refresh.initial-delay} after start; off with
 * {@code factline.refresh.enabled=false}.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "factline.refresh.enabled", havingValue = "true", matchIfMissing = true)
class RefreshScheduler implements ApplicationRunner {

    private final RefreshService refresh;

    RefreshScheduler(RefreshService refresh) {
        this.refresh = refresh;
    }

    @Override
    public void run(ApplicationArguments args) {
        refresh.fromProperties();
    }

    @Scheduled(fixedDelayString = "${factline.refresh.check:PT1H}",
            initialDelayString = "${factline.refresh.initial-delay:PT5M}")
    void check() {
        refresh.runDue();
    }
}
