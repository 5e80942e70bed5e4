package dev.interviewlab.account.throttling;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.UUID;

/**
 * A private in-memory H2 holding only the throttles' table (V11): for throttle tests without Spring
 * ({@link #strikeStore}), and as the database of web slices that load the real security rules, which
 * have no database of their own (imported by {@code WebSliceSecurity}). One connection, kept open.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ThrottleTestDatabase {

    @Bean
    DataSource throttleDataSource() {
        return strikeTable();
    }

    @Bean
    PlatformTransactionManager throttleTransactions(DataSource throttleDataSource) {
        return new DataSourceTransactionManager(throttleDataSource);
    }

    static StrikeStore strikeStore(Clock clock) {
        DataSource database = strikeTable();
        return new StrikeStore(database, new DataSourceTransactionManager(database), clock);
    }

    private static DataSource strikeTable() {
        SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:strikes-" + UUID.randomUUID(), "sa", "", true);
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V11__throttle_strikes.sql")).execute(database);
        return database;
    }
}
