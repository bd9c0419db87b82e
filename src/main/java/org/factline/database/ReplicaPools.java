package org.factline.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;

/** The primary's and the replica's connection pools, closed with the application. */
record ReplicaPools(HikariDataSource primary, HikariDataSource replica) implements DisposableBean {

    @Override
    public void destroy() {
        replica.close();
        primary.close();
    }
}
