package org.factline.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code factline.db.replica-url} ({@code FACTLINE_DB_REPLICA_URL}) set, the application's one data source sends
 * each read-only transaction to the replica and everything else to the primary: Spring's
 * {@link LazyConnectionDataSourceProxy} takes the connection only at the first statement, once the transaction has
 * said whether it is read-only. The replica's user and password are the primary's unless
 * {@code factline.db.replica-user} and {@code factline.db.replica-password} say otherwise.
 *
 * <p>The two connection pools are not beans of their own: the database health check (and so the load balancer's)
 * sees the primary through the routing data source, and a replica that is down does not take the instance out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("factline.db.replica-url")
class ReplicaConfig {

    @Bean
    ReplicaPools replicaPools(DataSourceProperties properties, Environment environment,
                              @Value("${factline.db.replica-url}") String url,
                              @Value("${factline.db.replica-user:${spring.datasource.username:}}") String user,
                              @Value("${factline.db.replica-password:${spring.datasource.password:}}") String password,
                              ObjectProvider<MeterRegistry> meters) {
        HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(primary));
        primary.setPoolName("primary");
        HikariDataSource replica = DataSourceBuilder.create().type(HikariDataSource.class).url(url).username(user)
                .password(password).build();
        replica.setPoolName("replica");
        replica.setMaximumPoolSize(primary.getMaximumPoolSize());
        replica.setReadOnly(true);
        // A replica that is down must not hold a reader for Hikari's default 30 s: fail fast, read from the primary.
        replica.setConnectionTimeout(500);
        replica.setValidationTimeout(250);
        // Start even when the replica is down: reads go to the primary until it is back.
        replica.setInitializationFailTimeout(-1);
        meters.ifAvailable(m -> {
            primary.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(m));
            replica.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(m));
        });
        return new ReplicaPools(primary, replica);
    }

    @Bean
    ReadYourWrites readYourWrites(ReplicaPools pools) {
        return new ReadYourWrites(pools.primary());
    }

    /** Before Spring Security's filters, so that what sign-in writes is followed too. */
    @Bean
    FilterRegistrationBean<ReadYourWrites> readYourWritesFilter(ReadYourWrites reads) {
        FilterRegistrationBean<ReadYourWrites> registration = new FilterRegistrationBean<>(reads);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    LazyConnectionDataSourceProxy dataSource(ReplicaPools pools) {
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(pools.primary());
        routing.setReadOnlyDataSource(new CaughtUpReplica(pools.replica(), pools.primary()));
        return routing;
    }
}
