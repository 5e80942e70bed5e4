package dev.interviewlab.review.benchmark;

import dev.interviewlab.InterviewLabApplication;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ReviewService;
import dev.interviewlab.review.ReviewSession;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * "Next card" latency on the server side: one learner with {@value #CARDS} cards and {@value #LOG_ROWS} review-log
 * rows (plus another learner of the same size, so the owner filter matters), seeded with plain SQL; then
 * {@link ReviewSession#next} (what {@code GET /review} and {@code GET /api/review/next} call: the soonest due card
 * with its item, and the due count) and {@link ReviewService#dueCount} are timed, each call its own transaction.
 * Not a test: run it with src/test/bench/review-next.sh (docs/benchmarks/review.md).
 *
 * <p>Arguments: JDBC URL, user, password, warm-up calls, measured calls.
 */
public final class NextCardLatency {

    static final int CARDS = 10_000;
    static final int LOG_ROWS = 100_000;

    private NextCardLatency() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int warmUp = Integer.parseInt(args[3]);
        int measured = Integer.parseInt(args[4]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InterviewLabApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=bench", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + args[1], "--spring.datasource.password=" + args[2],
                        "--interviewlab.quiz.sweep-interval=PT1H", "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long seedStart = System.nanoTime();
            List<Long> itemIds = seedItems(jdbc, now);
            AttemptOwner learner = AttemptOwner.browser("bench-learner");
            seedCards(jdbc, AttemptOwner.browser("bench-other"), itemIds, now, 7);
            seedCards(jdbc, learner, itemIds, now, 2030);
            System.out.printf("seeded %d items, 2 learners x %d cards and %d log rows in %.1f s%n", itemIds.size(), CARDS, LOG_ROWS,
                    (System.nanoTime() - seedStart) / 1e9);

            ReviewSession session = context.getBean(ReviewSession.class);
            ReviewService reviews = context.getBean(ReviewService.class);
            long due = reviews.dueCount(learner);
            report("next card (card + item + due count)", time(warmUp, measured,
                    () -> session.next(learner, null).orElseThrow().dueCount()), due);
            report("due count", time(warmUp, measured, () -> reviews.dueCount(learner)), due);
        }
    }

    private static List<Long> seedItems(JdbcTemplate jdbc, Instant now) {
        List<Object[]> rows = new ArrayList<>(CARDS);
        for (int i = 0; i < CARDS; i++) {
            rows.add(new Object[] {"bench-item-" + i, "bench-topic-" + (i % 50), "Is " + i + " even?", "偶数？", "Because.", "因为。",
                    i % 2 == 0, Timestamp.from(now)});
        }
        jdbc.batchUpdate("""
                insert into quiz_item (item_key, topic_slug, item_type, difficulty, prompt_en, prompt_zh, explanation_en,
                  explanation_zh, true_false_answer, updated_at)
                values (?, ?, 'TRUE_FALSE', 'BEGINNER', ?, ?, ?, ?, ?, ?)""", rows);
        return jdbc.queryForList("select id from quiz_item where item_key like 'bench-item-%' order by id", Long.class);
    }

    /**
     * A learner's cards: one per item, a tenth due now (spread over the last month), the rest due in the next year;
     * ten log rows per card.
     */
    private static void seedCards(JdbcTemplate jdbc, AttemptOwner owner, List<Long> itemIds, Instant now, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Object[]> cards = new ArrayList<>(CARDS);
        for (long itemId : itemIds) {
            boolean dueNow = random.nextInt(10) == 0;
            Instant due = dueNow ? now.minusSeconds(random.nextLong(30L * 86_400)) : now.plusSeconds(1 + random.nextLong(365L * 86_400));
            cards.add(new Object[] {owner.type().name(), owner.key(), itemId, random.nextDouble(1, 200), random.nextDouble(1, 10),
                    Timestamp.from(due), Timestamp.from(now.minusSeconds(86_400))});
        }
        jdbc.batchUpdate("""
                insert into review_card (owner_type, owner_key, item_id, state, step, stability, difficulty, due_at, last_review_at)
                values (?, ?, ?, 'REVIEW', null, ?, ?, ?, ?)""", cards);
        List<Long> cardIds = jdbc.queryForList("select id from review_card where owner_type = ? and owner_key = ?", Long.class,
                owner.type().name(), owner.key());
        List<Object[]> log = new ArrayList<>(LOG_ROWS / 10);
        for (int row = 0; row < LOG_ROWS; row++) {
            long cardId = cardIds.get(row % cardIds.size());
            log.add(new Object[] {cardId, Timestamp.from(now.minusSeconds(86_400L * (row / cardIds.size() + 1))), "GOOD"});
            if (log.size() == LOG_ROWS / 10) {
                insertLog(jdbc, log);
                log.clear();
            }
        }
        insertLog(jdbc, log);
    }

    private static void insertLog(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into review_log (card_id, reviewed_at, grade, elapsed_days, state_before, stability_before, difficulty_before,
                  state_after, stability_after, difficulty_after, due_after, source)
                values (?, ?, ?, 1, 'REVIEW', 3.0, 5.0, 'REVIEW', 4.0, 5.0, CURRENT_TIMESTAMP, 'REVIEW')""", rows);
    }

    private static long[] time(int warmUp, int measured, LongSupplier call) {
        for (int i = 0; i < warmUp; i++) {
            call.getAsLong();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            call.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted, long due) {
        System.out.printf("%-38s calls=%d due=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n", what, sorted.length, due,
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
