package dev.interviewlab.review;

import dev.interviewlab.jdbc.PlainReads;
import dev.interviewlab.jdbc.SqlTime;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The owner's due cards per kind, read on every Today request and review page: item cards of items in use
 * (scenario null) and each scenario kind's cards, in one plain statement. Through Spring Data and Hibernate the
 * same grouped count cost more to build and map than H2 spent executing it (docs/benchmarks/performance.md, sixth
 * pass). Runs in the caller's transaction, seeing its pending entity changes ({@link PlainReads}).
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

    private final PlainReads reads;

    DueCardCounts(PlainReads reads) {
        this.reads = reads;
    }

    List<DueCards> byKind(AttemptOwner owner, Instant now) {
        return reads.query(DUE_BY_KIND, (row, number) -> new DueCards(row.getString(1), row.getLong(2)),
                owner.type().name(), owner.key(), SqlTime.parameter(now));
    }
}
