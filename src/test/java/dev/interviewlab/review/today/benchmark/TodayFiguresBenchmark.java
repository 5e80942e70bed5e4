package dev.interviewlab.review.today.benchmark;

import dev.interviewlab.review.fsrs.CardSchedule;
import dev.interviewlab.review.fsrs.CardState;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.today.ActivityHeatmap;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.review.today.ForgivingStreak;
import dev.interviewlab.review.today.WeakTopics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The Java side of the Today page for a heavy learner: 100,000 reviews in the last year counted into local
 * days (Europe/Berlin), the streak and heatmap over them, and the weak topics of 10,000 reviewed cards on 40
 * topics. What the two projections return is all it reads. Run with
 * {@code src/test/bench/jmh.sh TodayFiguresBenchmark -f 1 -wi 3 -i 5}; figures in docs/benchmarks/today.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TodayFiguresBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
    private static final FsrsScheduler SCHEDULER = FsrsScheduler.withDefaults();

    private List<Instant> reviewTimes;
    private List<WeakTopics.CardMemory> cards;
    private LocalDate today;

    @Setup
    public void prepare() {
        SplittableRandom random = new SplittableRandom(1);
        today = LocalDate.ofInstant(NOW, ZONE);
        reviewTimes = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            reviewTimes.add(NOW.minusSeconds(random.nextLong(Duration.ofDays(371).toSeconds())));
        }
        cards = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            Instant last = NOW.minusSeconds(random.nextLong(Duration.ofDays(200).toSeconds()));
            double stability = 0.5 + random.nextDouble() * 100;
            cards.add(new WeakTopics.CardMemory("topic-" + random.nextInt(40),
                    new CardSchedule(CardState.REVIEW, null, stability, 5.0, last.plus(Duration.ofDays(3)), last)));
        }
    }

    @Benchmark
    public Object dailyActivityStreakAndHeatmap() {
        DailyActivity activity = DailyActivity.of(reviewTimes, ZONE, today);
        return List.of(ForgivingStreak.of(activity, 10), ActivityHeatmap.of(activity, 10));
    }

    @Benchmark
    public Object weakTopics() {
        return WeakTopics.of(cards, SCHEDULER, NOW);
    }
}
