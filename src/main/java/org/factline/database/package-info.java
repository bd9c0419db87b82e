/**
 * Where the database's connections come from: the primary alone, or, when {@code FACTLINE_DB_REPLICA_URL} is set,
 * a PostgreSQL streaming replica for read-only transactions, with each client's reads kept at least as new as its
 * own last write.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {})
package org.factline.database;

import org.springframework.modulith.ApplicationModule;
