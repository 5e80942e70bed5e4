package dev.interviewlab.account.throttling;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.time.Clock;
import java.util.UUID;

/**
 * A {@link StrikeStore} on a private in-memory H2 holding only the V11 table, for throttle tests without
 * Spring. One connection, kept open (the database lives as long as it), as a pool would keep it.
 */
final class StrikeStores {

    private StrikeStores() {
    }

    static StrikeStore privateH2(Clock clock) {
        SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:strikes-" + UUID.randomUUID(), "sa", "", true);
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V11__throttle_strikes.sql")).execute(database);
        return new StrikeStore(new JdbcTemplate(database), new DataSourceTransactionManager(database), clock);
    }
}
