package org.factline.fetch;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the due schedules in the running app (not in the command-line subcommands): checks every
 * {@code factline.refresh.check} (an hour), first {@code factline.refresh.initial-delay} after start; off with
 * {@code factline.refresh.enabled=false}. Instances sharing a database take turns through ShedLock's row in the
 * {@code shedlock} table, so each check runs on one of them; a check that dies holds the lock at most 50 minutes.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT50M")
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

    /** The lock every instance's refresh check takes, with the database's clock, not each machine's. */
    @Bean
    LockProvider refreshLock(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Scheduled(fixedDelayString = "${factline.refresh.check:PT1H}",
            initialDelayString = "${factline.refresh.initial-delay:PT5M}")
    @SchedulerLock(name = "refresh-check", lockAtLeastFor = "PT1M")
    public void check() {
        refresh.runDue();
    }
}
