package org.factline.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code factline.db.replica-url} ({@code FACTLINE_DB_REPLICA_URL}) set, the application's data source sends
 * each read-only transaction to the replica and everything else to the primary: Spring's
 * {@link LazyConnectionDataSourceProxy} takes the connection only at the first statement, once the transaction has
 * said whether it is read-only. The replica's user and password are the primary's unless
 * {@code factline.db.replica-username} and {@code -password} say otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("factline.db.replica-url")
class ReplicaConfig {

    @Bean(defaultCandidate = false, destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryPool(DataSourceProperties properties) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("primary");
        return pool;
    }

    @Bean(defaultCandidate = false, destroyMethod = "close")
    HikariDataSource replicaPool(@Value("${factline.db.replica-url}") String url,
                                 @Value("${factline.db.replica-username:${spring.datasource.username:}}") String user,
                                 @Value("${factline.db.replica-password:${spring.datasource.password:}}") String password) {
        HikariDataSource pool = DataSourceBuilder.create().type(HikariDataSource.class).url(url).username(user)
                .password(password).build();
        pool.setPoolName("replica");
        pool.setReadOnly(true);
        // A replica that is down must not hold a reader for Hikari's default 30 s: fail fast, read from the primary.
        pool.setConnectionTimeout(1_000);
        pool.setValidationTimeout(500);
        // Start even when the replica is down: reads go to the primary until it is back.
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    @Bean
    ReadYourWrites readYourWrites(@Qualifier("primaryPool") HikariDataSource primary) {
        return new ReadYourWrites(primary);
    }

    /** Before Spring Security's filters, so that what sign-in writes is followed too. */
    @Bean
    FilterRegistrationBean<ReadYourWrites> readYourWritesFilter(ReadYourWrites reads) {
        FilterRegistrationBean<ReadYourWrites> registration = new FilterRegistrationBean<>(reads);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryPool") HikariDataSource primary,
                          @Qualifier("replicaPool") HikariDataSource replica) {
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
        routing.setReadOnlyDataSource(new CaughtUpReplica(replica, primary));
        return routing;
    }
}
