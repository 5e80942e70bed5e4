package dev.interviewlab.quiz.attempt;

import dev.interviewlab.jdbc.PlainReads;
import dev.interviewlab.jdbc.SqlTime;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The "continue your quiz" card's read (Today and the home page, on every request of a visitor with history): the
 * owner's newest open attempt not past {@code cutoff}, how many of its questions have an answer and how many such
 * attempts the owner has, in one plain statement. Through Spring Data and Hibernate the same select loaded an
 * {@link Attempt} entity and cost more to build and map than H2 spent executing it (docs/benchmarks/performance.md,
 * sixth pass). Runs in the caller's transaction, seeing its pending entity changes ({@link PlainReads}); reads
 * values, never entities.
 */
@Component
public class OpenAttemptLookup {

    private static final String NEWEST_OPEN = """
            select a.public_id, a.category_slugs, a.topic_slugs, a.question_count, a.time_limit_seconds, a.sequential,
                   a.started_at, a.deadline_at,
                   (select count(*) from quiz_attempt_question q where q.attempt_id = a.id and q.response is not null),
                   (select count(*) from quiz_attempt o
                    where o.owner_type = a.owner_type and o.owner_key = a.owner_key
                      and o.status = a.status
                      and (o.deadline_at is null or o.deadline_at >= ?))
            from quiz_attempt a
            where a.owner_type = ? and a.owner_key = ? and a.status = ?
              and (a.deadline_at is null or a.deadline_at >= ?)
            order by a.started_at desc
            fetch first 1 rows only""";

    private final PlainReads reads;

    OpenAttemptLookup(PlainReads reads) {
        this.reads = reads;
    }

    /** Open attempts with a deadline at or after {@code cutoff}, or none, count; the time left is as of {@code now}. */
    Optional<AttemptService.OpenAttempt> newest(AttemptOwner owner, Instant cutoff, Instant now) {
        List<AttemptService.OpenAttempt> rows = reads.query(NEWEST_OPEN, (row, number) -> {
            int timeLimitSeconds = row.getInt(5);
            Duration timeLimit = row.wasNull() ? null : Duration.ofSeconds(timeLimitSeconds);
            Instant deadline = SqlTime.instant(row, 8);
            AttemptSummary summary = new AttemptSummary(row.getString(1), AttemptStatus.OPEN, null,
                    Attempt.slugs(row.getString(2)), Attempt.slugs(row.getString(3)), row.getInt(4), timeLimit,
                    row.getBoolean(6), SqlTime.instant(row, 7), deadline, null, null);
            return new AttemptService.OpenAttempt(summary, row.getInt(9), new AnswerWindow(deadline).remaining(now),
                    row.getInt(10));
        }, SqlTime.parameter(cutoff), owner.type().name(), owner.key(), AttemptStatus.OPEN.name(),
                SqlTime.parameter(cutoff));
        return rows.stream().findFirst();
    }
}
