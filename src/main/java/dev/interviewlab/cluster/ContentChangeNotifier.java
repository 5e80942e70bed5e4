package dev.interviewlab.cluster;

import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.topic.TopicsChangedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other instances about a change, inside the transaction that makes it: it bumps the content
 * version and calls {@code pg_notify}, which PostgreSQL delivers when (and only if) the transaction commits,
 * in commit order. The bump locks the one version row until then, so changes to content commit one after
 * another and their versions follow their commit order.
 *
 * <p>Only events published inside a transaction are sent (no fallback execution): every writer of
 * content publishes inside its transaction, and the events {@link ContentChangeListener} replays from other
 * instances are published outside one, so they are not sent back.
 */
@Component
@Profile("postgres")
class ContentChangeNotifier {

    static final String CHANNEL = "interviewlab_content";

    private final JdbcTemplate jdbc;
    private final ClusterNode node;

    ContentChangeNotifier(JdbcTemplate jdbc, ClusterNode node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void topicsChanged(TopicsChangedEvent event) {
        notify(ContentChange.topics(node.id(), nextVersion(), event.slugs()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void bankChanged(BankChangedEvent event) {
        notify(ContentChange.bank(node.id(), nextVersion()));
    }

    private long nextVersion() {
        Long version = jdbc.queryForObject(
                "UPDATE content_version SET version = version + 1 WHERE id = 1 RETURNING version", Long.class);
        if (version == null) {
            throw new IllegalStateException("content_version has no row (migration V10)");
        }
        return version;
    }

    private void notify(ContentChange change) {
        jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, CHANNEL, change.payload());
    }
}
