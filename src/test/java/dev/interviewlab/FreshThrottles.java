package dev.interviewlab;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each test class starts with no failed sign-ins on record. The throttles count in the database
 * (throttle_strike), and every test signs in from 127.0.0.1: on H2 each test context has a database of its
 * own, but CI's PostgreSQL pass runs every context on one database, where the wrong passwords of earlier
 * classes (the throttling tests make many on purpose) would slow down or lock the address for later ones.
 */
public class FreshThrottles implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        JdbcTemplate jdbc = testContext.getApplicationContext().getBeanProvider(JdbcTemplate.class).getIfUnique();
        if (jdbc == null) {
            return; // a slice without the site's database
        }
        try {
            jdbc.update("DELETE FROM throttle_strike");
        } catch (DataAccessException noSuchTable) {
            // a context on a database without the site's schema
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
