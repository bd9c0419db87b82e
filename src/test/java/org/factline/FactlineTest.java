package org.factline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on its own in-memory H2 database, seeded as on a first start; with
 * {@code mvn -Ppostgres test}, on a schema of its own in a real PostgreSQL server ({@link PostgresTestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles("test")
public @interface FactlineTest {
}
