package dev.interviewlab.quiz.benchmark;

import dev.interviewlab.InterviewLabApplication;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.bank.ItemOption;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Autosave throughput on the embedded H2 file database for one write delay: {@code threads} learners
 * each answer the 50 questions of their own practice quiz over and over through {@link AttemptService}
 * (one transaction per answer, as {@code PUT /api/quizzes/attempts/{id}/questions/{n}/answer} does),
 * for a warm-up and then a measured period. Prints answers per second and latency percentiles.
 * Not a test: run it with src/test/bench/autosave.sh (docs/benchmarks/durability.md).
 *
 * <p>Arguments: write delay in ms (0 = the shipped setting), threads, warm-up seconds, measured seconds.
 */
public final class AutosaveThroughput {

    private static final List<String> CATEGORIES = List.of("computer-systems", "networking", "go", "concurrency", "caching", "databases");

    /** Answers saved, warm-up included. */
    private static final java.util.concurrent.atomic.AtomicLong SAVED = new java.util.concurrent.atomic.AtomicLong();

    private AutosaveThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int writeDelay = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        long warmUpNanos = Long.parseLong(args[2]) * 1_000_000_000L;
        long measureNanos = Long.parseLong(args[3]) * 1_000_000_000L;
        Path data = Files.createTempDirectory("autosave-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InterviewLabApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=bench",
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("interviewlab") + ";AUTO_SERVER=FALSE;WRITE_DELAY=" + writeDelay,
                        "--interviewlab.quiz.sweep-interval=PT1H", "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            AttemptService attempts = context.getBean(AttemptService.class);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<long[]>> learners = new ArrayList<>();
            long writtenBefore = bytesWritten();
            for (int t = 0; t < threads; t++) {
                AttemptOwner owner = AttemptOwner.browser("bench-" + t);
                AttemptSnapshot attempt = attempts.start(owner, new QuizRequest(CATEGORIES, List.of(), null, 50, null, true, false));
                learners.add(pool.submit(() -> answerUntil(attempts, owner, attempt, warmUpNanos, measureNanos)));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<long[]> learner : learners) {
                for (long nanos : learner.get()) {
                    latencies.add(nanos);
                }
            }
            pool.shutdown();
            long written = bytesWritten() - writtenBefore;
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            long answers = latencies.size();
            System.out.printf("write_delay=%d ms threads=%d answers/s=%.0f p50=%.2f ms p99=%.2f ms written/answer=%s%n", writeDelay, threads,
                    answers / (measureNanos / 1e9), percentile(sorted, 0.50), percentile(sorted, 0.99),
                    written < 0 ? "n/a" : String.format("%.1f KB", written / 1024.0 / Math.max(1, SAVED.get())));
        }
    }

    private static long[] answerUntil(AttemptService attempts, AttemptOwner owner, AttemptSnapshot attempt,
                                      long warmUpNanos, long measureNanos) {
        long start = System.nanoTime();
        long measureFrom = start + warmUpNanos;
        long end = measureFrom + measureNanos;
        long[] latencies = new long[1 << 16];
        int count = 0;
        for (int i = 0; ; i++) {
            int position = i % attempt.questions().size() + 1;
            long before = System.nanoTime();
            if (before >= end) {
                return Arrays.copyOf(latencies, count);
            }
            attempts.answer(owner, attempt.id(), position, new RawAnswer.Json(anyAnswer(attempt.question(position), i)));
            long after = System.nanoTime();
            SAVED.incrementAndGet();
            if (before >= measureFrom && count < latencies.length) {
                latencies[count++] = after - before;
            }
        }
    }

    /** A well-formed answer of the question's type that changes from round to round, so every save writes. */
    private static Object anyAnswer(AttemptSnapshot.Question question, int round) {
        List<String> keys = question.options().stream().map(ItemOption::key).toList();
        return switch (question.type()) {
            case SINGLE -> keys.get(round % keys.size());
            case MULTIPLE -> List.of(keys.get(round % keys.size()));
            case TRUE_FALSE -> round % 2 == 0;
            case FILL_IN -> "answer " + round;
            case ORDERING -> round % 2 == 0 ? keys : reversed(keys);
        };
    }

    private static List<String> reversed(List<String> keys) {
        List<String> copy = new ArrayList<>(keys);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /**
     * Bytes this process has written (Linux {@code /proc/self/io} wchar), or -1 elsewhere. Divided by every
     * answer saved (warm-up included), it is the same whatever else the machine is doing.
     */
    private static long bytesWritten() {
        try {
            return Files.readAllLines(Path.of("/proc/self/io")).stream().filter(line -> line.startsWith("wchar:"))
                    .mapToLong(line -> Long.parseLong(line.substring(6).strip())).findFirst().orElse(-1);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}
