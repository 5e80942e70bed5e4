package dev.interviewlab.review;

import dev.interviewlab.jdbc.PendingWrites;
import dev.interviewlab.jdbc.SqlTime;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;

/**
 * The owner's due cards per kind, read on every Today request and review page: item cards of items in use
 * (scenario null) and each scenario kind's cards, in one plain statement. Through Spring Data and Hibernate the
 * same grouped count cost more to build and map than H2 spent executing it (docs/benchmarks/performance.md, sixth
 * pass). Runs in the caller's transaction, seeing its pending entity changes ({@link PendingWrites}).
 */
@Component
public class DueCardCounts {

    private static final String DUE_BY_KIND = """
            select c.scenario, count(*) from review_card c
            where c.owner_type = ? and c.owner_key = ? and c.due_at <= ?
              and (c.scenario is not null or c.item_id not in (select i.id from quiz_item i where i.retired = true))
            group by c.scenario""";

    /** Due cards of one kind: item cards of items in use ({@code scenario} null), or one scenario kind's cards. */
    record DueCards(String scenario, long cards) {
    }

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    DueCardCounts(DataSource dataSource, EntityManager entityManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
    }

    List<DueCards> byKind(AttemptOwner owner, Instant now) {
        PendingWrites.flush(entityManager);
        return jdbc.query(DUE_BY_KIND, (row, number) -> new DueCards(row.getString(1), row.getLong(2)),
                owner.type().name(), owner.key(), SqlTime.parameter(now));
    }
}
