package dev.interviewlab.account.throttling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

/**
 * The throttles' strikes in the database ({@code throttle_strike}, V11), so every instance on one
 * database counts the same strikes: five wrong passwords spread over two instances lock a name as
 * five on one do. The same code on H2 and PostgreSQL.
 *
 * <p>A strike reads its row {@code FOR UPDATE}, decides with {@link SignInStrikes} and writes it back,
 * in a transaction of its own: concurrent strikes on one key queue on the row lock and none is lost,
 * and a strike stays counted when the request that made it fails afterwards. Keys are locked in sorted
 * order, so two strikes on the same pair of keys cannot deadlock. Two instances inserting the same new
 * key at once collide on the primary key; the loser runs again and finds the row.
 *
 * <p>Bounded like the in-memory maps it replaces: a throttle holding {@code maxTracked} keys drops its
 * stale rows, then its least recently struck ones, before it adds a key; and stale rows of every
 * throttle go every ten minutes ({@link #forgetStale()}).
 *
 * <p>Keys are stored hashed (SHA-256, Base64): a fixed length whatever was typed, nothing PostgreSQL
 * refuses (a NUL character), and no typed-in names kept in clear, which are sometimes passwords typed
 * into the name field.
 */
final class StrikeStore {

    private static final Logger log = LoggerFactory.getLogger(StrikeStore.class);
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    StrikeStore(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The latest "blocked until" among these keys of one throttle; the epoch when none waits. */
    Instant blockedUntil(String throttle, List<String> keys) {
        Object[] arguments = new Object[keys.size() + 1];
        arguments[0] = throttle;
        for (int i = 0; i < keys.size(); i++) {
            arguments[i + 1] = hash(keys.get(i));
        }
        Long until = jdbc.queryForObject("select max(blocked_until) from throttle_strike where throttle = ? and strike_key in ("
                + placeholders(keys.size()) + ")", Long.class, arguments);
        return until == null ? Instant.EPOCH : Instant.ofEpochMilli(until);
    }

    /**
     * Counts one strike against each key under its rule, all in one transaction of their own, and returns
     * the latest "blocked until" among them.
     */
    Instant strike(String throttle, SortedMap<String, StrikeRule> rules, Instant now, int maxTracked) {
        for (int attempt = 1; ; attempt++) {
            try {
                Struck struck = ownTransaction.execute(status -> strikeLocked(throttle, rules, now));
                if (struck.added()) {
                    makeRoom(throttle, now, maxTracked, struck.keys());
                }
                return struck.until();
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                // another instance added the same key, or the database broke a lock cycle: once more
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    void clear(String throttle, String key) {
        jdbc.update("delete from throttle_strike where throttle = ? and strike_key = ?", throttle, hash(key));
    }

    int trackedCount(String throttle) {
        Integer count = jdbc.queryForObject("select count(*) from throttle_strike where throttle = ?", Integer.class, throttle);
        return count == null ? 0 : count;
    }

    /** Deletes every row that changes no decision any more, whichever throttle it belongs to. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetStale() {
        int forgotten = jdbc.update("delete from throttle_strike where forget_at <= ?", clock.millis());
        if (forgotten > 0) {
            log.debug("Forgot {} throttle strikes", forgotten);
        }
    }

    private record Struck(Instant until, boolean added, List<String> keys) {
    }

    private Struck strikeLocked(String throttle, SortedMap<String, StrikeRule> rules, Instant now) {
        Instant latest = Instant.EPOCH;
        boolean added = false;
        List<String> keys = new ArrayList<>();
        for (var keyAndRule : rules.entrySet()) {
            String key = hash(keyAndRule.getKey());
            keys.add(key);
            StrikeRule rule = keyAndRule.getValue();
            List<SignInStrikes> found = jdbc.query(
                    "select failures, blocked_until from throttle_strike where throttle = ? and strike_key = ? for update",
                    (row, n) -> SignInStrikes.restore(row.getString(1), row.getLong(2)), throttle, key);
            SignInStrikes entry = found.isEmpty() ? new SignInStrikes() : found.get(0);
            Instant until = entry.fail(now, rule);
            long forgetAt = entry.forgetAt(rule.window()).toEpochMilli();
            if (found.isEmpty()) {
                jdbc.update("""
                        insert into throttle_strike (throttle, strike_key, failures, blocked_until, forget_at, last_seen)
                        values (?, ?, ?, ?, ?, ?)""",
                        throttle, key, entry.failuresText(), until.toEpochMilli(), forgetAt, now.toEpochMilli());
                added = true;
            } else {
                jdbc.update("""
                        update throttle_strike set failures = ?, blocked_until = ?, forget_at = ?, last_seen = ?
                        where throttle = ? and strike_key = ?""",
                        entry.failuresText(), until.toEpochMilli(), forgetAt, now.toEpochMilli(), throttle, key);
            }
            latest = until.isAfter(latest) ? until : latest;
        }
        return new Struck(latest, added, keys);
    }

    /** Stale rows first, then the least recently struck but for the keys just struck, until the throttle is within its bound. */
    private void makeRoom(String throttle, Instant now, int maxTracked, List<String> struck) {
        try {
            int over = trackedCount(throttle) - maxTracked;
            if (over <= 0) {
                return;
            }
            over -= jdbc.update("delete from throttle_strike where throttle = ? and forget_at <= ?", throttle, now.toEpochMilli());
            if (over > 0) {
                List<Object> arguments = new ArrayList<>(List.of(throttle, throttle));
                arguments.addAll(struck);
                arguments.add(over);
                jdbc.update("""
                        delete from throttle_strike where throttle = ? and strike_key in (
                          select strike_key from throttle_strike where throttle = ? and strike_key not in (%s)
                          order by last_seen, strike_key limit ?)""".formatted(placeholders(struck.size())),
                        arguments.toArray());
            }
        } catch (DataAccessException e) {
            // best effort: another instance is making room at the same time; the next strike tries again
            log.debug("Could not make room in throttle {}", throttle, e);
        }
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
