package dev.interviewlab.review.today;

import dev.interviewlab.jdbc.PlainReads;
import dev.interviewlab.jdbc.SqlTime;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.fsrs.CardState;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The Today page's two reads of the learner's reviews, as plain statements: review times for the heatmap, memory
 * states for weak topics. Both are read on every Today request; through Spring Data and Hibernate, building the
 * query and its results cost twice what the database spent executing it (docs/benchmarks/performance.md, sixth
 * pass). They run in the caller's transaction (the JPA transaction manager lends its connection), see its pending
 * entity changes ({@link PlainReads}) and return
 * values, never entities.
 */
@Component
class TodayReads {

    private static final String REVIEW_TIMES = """
            select l.reviewed_at from review_log l join review_card c on c.id = l.card_id
            where c.owner_type = ? and c.owner_key = ? and l.reviewed_at >= ?""";

    private static final String REVIEWED_CARDS = """
            select i.topic_slug, c.state, c.step, c.stability, c.difficulty, c.due_at, c.last_review_at
            from review_card c join quiz_item i on i.id = c.item_id
            where c.owner_type = ? and c.owner_key = ? and c.last_review_at is not null and i.retired = false""";

    private final PlainReads reads;

    TodayReads(PlainReads reads) {
        this.reads = reads;
    }

    /** When the owner reviewed (quiz answers and review sessions alike) since {@code since}, for local days in Java. */
    List<Instant> reviewTimes(AttemptOwner owner, Instant since) {
        return reads.query(REVIEW_TIMES, (row, number) -> SqlTime.instant(row, 1), owner.type().name(), owner.key(),
                SqlTime.parameter(since));
    }

    /** The owner's reviewed cards of items still in use, with their topic (scenario cards have no topic). */
    List<ReviewedCard> reviewedCards(AttemptOwner owner) {
        return reads.query(REVIEWED_CARDS, (row, number) -> new ReviewedCard(row.getString(1),
                CardState.valueOf(row.getString(2)), row.getObject(3, Integer.class), row.getObject(4, Double.class),
                row.getObject(5, Double.class), SqlTime.instant(row, 6), SqlTime.instant(row, 7)),
                owner.type().name(), owner.key());
    }
}
