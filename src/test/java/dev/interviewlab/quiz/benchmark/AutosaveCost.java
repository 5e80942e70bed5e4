package dev.interviewlab.quiz.benchmark;

import dev.interviewlab.InterviewLabApplication;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.bank.ItemOption;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one autosave costs that does not depend on the machine's load: SQL statements and bytes allocated
 * per answer and per flag, measured in one thread through {@link AttemptService} (one transaction per call,
 * committed, as {@code PUT /api/quizzes/attempts/{id}/questions/{n}/answer} and {@code …/flag} do) on the
 * embedded H2 file database, after a warm-up. The HTTP layer (security filters, JSON) is not included.
 * Not a test: run it with src/test/bench/autosave-cost.sh (docs/benchmarks/performance.md).
 *
 * <p>Arguments: warm-up calls, measured calls (of each kind), optionally a PostgreSQL JDBC URL.
 */
public final class AutosaveCost {

    private static final List<String> CATEGORIES = List.of("computer-systems", "networking", "go", "concurrency", "caching", "databases");

    private AutosaveCost() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.parseInt(args[0]);
        int measured = Integer.parseInt(args[1]);
        // a third argument names an empty PostgreSQL database (user postgres, no password) to measure instead of H2
        String database = args.length > 2 ? args[2]
                : "jdbc:h2:file:" + Files.createTempDirectory("autosave-cost").resolve("interviewlab") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InterviewLabApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=" + (args.length > 2 ? "postgres" : "bench"), "--spring.datasource.url=" + database,
                        "--interviewlab.quiz.sweep-interval=PT1H", "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            AttemptService attempts = context.getBean(AttemptService.class);
            Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            AttemptOwner owner = AttemptOwner.browser("cost");
            AttemptSnapshot attempt = attempts.start(owner, new QuizRequest(CATEGORIES, List.of(), null, 50, null, true, false));
            Call answer = i -> attempts.answer(owner, attempt.id(), position(attempt, i),
                    new RawAnswer.Json(anyAnswer(attempt.question(position(attempt, i)), i)));
            // each round over the questions turns every flag the other way, so every call writes
            Call flag = i -> attempts.flag(owner, attempt.id(), position(attempt, i), i / attempt.questions().size() % 2 == 0);
            measure("answer", answer, warmUp, measured, statistics);
            measure("flag", flag, warmUp, measured, statistics);
        }
    }

    private interface Call {
        void run(int round);
    }

    private static void measure(String name, Call call, int warmUp, int measured, Statistics statistics) {
        for (int i = 0; i < warmUp; i++) {
            call.run(i);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        for (int i = warmUp; i < warmUp + measured; i++) {
            call.run(i);
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        long statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        // this thread's CPU time includes an embedded H2's work, not a PostgreSQL server's; it moves with the machine's load
        System.out.printf("autosave %s: calls=%d statements/call=%.2f allocated/call=%.1f KB thread-cpu/call=%.3f ms%n", name,
                measured, statements / (double) measured, allocated / 1024.0 / measured, cpu / 1e6 / measured);
    }

    private static int position(AttemptSnapshot attempt, int round) {
        return round % attempt.questions().size() + 1;
    }

    /** A well-formed answer of the question's type that changes from round to round, so every save writes. */
    private static Object anyAnswer(AttemptSnapshot.Question question, int round) {
        List<String> keys = question.options().stream().map(ItemOption::key).toList();
        return switch (question.type()) {
            case SINGLE -> keys.get(round % keys.size());
            case MULTIPLE -> List.of(keys.get(round % keys.size()));
            case TRUE_FALSE -> round % 2 == 0;
            case FILL_IN -> "answer " + round;
            case ORDERING -> {
                List<String> order = new ArrayList<>(keys);
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                yield order;
            }
        };
    }
}
