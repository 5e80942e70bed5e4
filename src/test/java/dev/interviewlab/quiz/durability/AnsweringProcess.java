package dev.interviewlab.quiz.durability;

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

import java.util.List;

/**
 * The child process of {@link AcknowledgedAnswersSurviveKillTest}: boots the application on the H2 file
 * database the parent names, as {@code ./mvnw spring-boot:run} would (no test configuration), starts a
 * practice quiz and answers its questions one after another, printing {@code ACK n} on standard output
 * once answer n has been saved (the moment the web layer would answer 200). Then it waits to be killed.
 */
public final class AnsweringProcess {

    /**
     * A profile with no properties of its own: naming one keeps the test classpath's
     * application-default.properties (an in-memory database) out, so the application.properties
     * datasource URL is the one under test.
     */
    static final String PROFILE = "kill-test";
    static final AttemptOwner LEARNER = AttemptOwner.browser("durability-probe");
    static final List<String> CATEGORIES = List.of("computer-systems", "networking", "go", "concurrency", "caching", "databases");

    private AnsweringProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        String dataDir = args[0];
        int answers = Integer.parseInt(args[1]);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(InterviewLabApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=" + AnsweringProcess.PROFILE, "--interviewlab.data-dir=" + dataDir,
                        "--interviewlab.quiz.sweep-interval=PT1H",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        AttemptService attempts = context.getBean(AttemptService.class);
        AttemptSnapshot attempt = attempts.start(LEARNER, new QuizRequest(CATEGORIES, List.of(), null, answers, null, true, false));
        System.out.println("ATTEMPT " + attempt.id());
        for (int position = 1; position <= answers; position++) {
            attempts.answer(LEARNER, attempt.id(), position, new RawAnswer.Json(anyAnswer(attempt.question(position))));
            System.out.println("ACK " + position);
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    /** A well-formed answer of the question's type (right or wrong does not matter here). */
    private static Object anyAnswer(AttemptSnapshot.Question question) {
        List<String> keys = question.options().stream().map(ItemOption::key).toList();
        return switch (question.type()) {
            case SINGLE -> keys.get(0);
            case MULTIPLE -> List.of(keys.get(0));
            case TRUE_FALSE -> Boolean.TRUE;
            case FILL_IN -> "42";
            case ORDERING -> keys;
        };
    }
}
