package dev.interviewlab.cluster;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Hears the other instances' changes. One daemon thread holds a connection of its own (outside the pool,
 * named {@link ClusterNode#listenerName()}) that {@code LISTEN}s on {@link ContentChangeNotifier#CHANNEL},
 * and hands each notification to {@link ContentChanges}.
 *
 * <p>When that connection breaks (a restarted database, a terminated backend, a network cut that the
 * periodic {@code SELECT 1} notices), notifications sent meanwhile are lost: the thread then reads the
 * content version every poll period through the pool while it reconnects with growing pauses, and
 * once more right after it listens again; a version beyond the last one seen means missed changes, and this
 * instance reloads everything.
 */
@Component
@Profile("postgres")
class ContentChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentChangeListener.class);
    /** How long one wait for notifications lasts; also how soon the thread sees that it should stop. */
    private static final int WAIT_MILLIS = 500;
    /** How long the connection may sit idle before a {@code SELECT 1} checks that it is still there. */
    private static final Duration LIVENESS_CHECK = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final ClusterNode node;
    private final ContentChanges changes;
    private final JdbcTemplate jdbc;
    /** How often the content version is read while not listening (interviewlab.cluster.poll-period). */
    private final Duration pollPeriod;
    /** The first pause before reconnecting (interviewlab.cluster.reconnect-delay); it doubles up to {@link #MAX_BACKOFF}. */
    private final Duration reconnectDelay;
    private final String url;
    private final Properties connectionProperties = new Properties();

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;
    private volatile boolean listening;
    private volatile long lastSeenVersion = -1;

    ContentChangeListener(ClusterNode node, ContentChanges changes, JdbcTemplate jdbc, Environment environment,
                          @Value("${interviewlab.cluster.poll-period:5s}") Duration pollPeriod,
                          @Value("${interviewlab.cluster.reconnect-delay:250ms}") Duration reconnectDelay) {
        this.node = node;
        this.pollPeriod = pollPeriod;
        this.reconnectDelay = reconnectDelay;
        this.changes = changes;
        this.jdbc = jdbc;
        this.url = environment.getRequiredProperty("spring.datasource.url");
        connectionProperties.setProperty("user", environment.getProperty("spring.datasource.username", ""));
        connectionProperties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
        connectionProperties.setProperty("ApplicationName", node.listenerName());
        // a connection attempt to an unreachable database gives up instead of holding the thread
        connectionProperties.setProperty("connectTimeout", "5");
        connectionProperties.setProperty("socketTimeout", "30");
        connectionProperties.setProperty("tcpKeepAlive", "true");
    }

    @Override
    public synchronized void start() {
        lastSeenVersion = currentVersion();
        running = true;
        Thread listener = new Thread(this::run, "content-changes-" + node.id());
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread listener = thread;
        if (listener == null) {
            return;
        }
        // no interrupt: it would break a Lucene commit under way; the thread looks at running twice a second
        try {
            listener.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while the LISTEN connection is up (a test waits for it). */
    boolean listening() {
        return listening;
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                listen();
                failures = 0;
                catchUp();
                receive();
            } catch (SQLException | RuntimeException e) {
                if (running && listening) {
                    log.warn("Lost the connection that listens for other instances' changes ({}); polling every {} ms "
                            + "until it is back", e.getMessage(), pollPeriod.toMillis());
                }
                listening = false;
                closeQuietly();
            }
            waitBeforeReconnecting(failures++);
        }
        listening = false;
        closeQuietly();
    }

    /** Pauses reconnectDelay, doubling with each failure up to {@link #MAX_BACKOFF}, and polls the version meanwhile. */
    private void waitBeforeReconnecting(int failures) {
        long delay = reconnectDelay.toMillis() << Math.min(failures, 10);
        long reconnectAt = System.nanoTime() + Math.min(delay, Math.max(MAX_BACKOFF.toMillis(), reconnectDelay.toMillis())) * 1_000_000;
        long nextPoll = System.nanoTime() + pollPeriod.toNanos();
        while (running && System.nanoTime() < reconnectAt) {
            if (System.nanoTime() >= nextPoll) {
                catchUpQuietly();
                nextPoll = System.nanoTime() + pollPeriod.toNanos();
            }
            pause(Duration.ofMillis(Math.max(1, Math.min(100, (reconnectAt - System.nanoTime()) / 1_000_000))));
        }
    }

    private void listen() throws SQLException {
        Connection fresh = DriverManager.getConnection(url, connectionProperties);
        connection = fresh;
        try (Statement statement = fresh.createStatement()) {
            statement.execute("LISTEN " + ContentChangeNotifier.CHANNEL);
        }
        if (!listening) {
            log.info("Listening for other instances' changes as {}", node.listenerName());
        }
        listening = true;
    }

    /** Waits for notifications until stopped or the connection fails. */
    private void receive() throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastTraffic = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastTraffic = System.nanoTime();
                for (PGNotification notification : notifications) {
                    ContentChange.parse(notification.getParameter()).ifPresentOrElse(this::received,
                            () -> log.warn("Ignored a notification this version cannot read: {}", notification.getParameter()));
                }
            } else if (System.nanoTime() - lastTraffic >= LIVENESS_CHECK.toNanos()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastTraffic = System.nanoTime();
            }
        }
    }

    private void received(ContentChange change) {
        lastSeenVersion = Math.max(lastSeenVersion, change.version());
        if (!change.origin().equals(node.id())) {
            changes.apply(change);
        }
    }

    /** Reloads everything if the version moved beyond the last one seen (changes whose notifications were lost). */
    private void catchUp() {
        long version = currentVersion();
        if (version > lastSeenVersion) {
            log.info("Content version {} is beyond {} last seen: reloading everything", version, lastSeenVersion);
            lastSeenVersion = version;
            changes.apply(ContentChange.everything(node.id(), version));
        }
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.debug("Could not read the content version: {}", e.getMessage());
        }
    }

    private long currentVersion() {
        Long version = jdbc.queryForObject("SELECT version FROM content_version WHERE id = 1", Long.class);
        return version == null ? 0 : version;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            // stop() interrupts; the loop checks running
        }
    }

    private void closeQuietly() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection: {}", e.getMessage());
            }
        }
    }
}
