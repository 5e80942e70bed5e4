package dev.interviewlab.quiz;

import dev.interviewlab.InterviewLabApplication;
import dev.interviewlab.quiz.attempt.AnswerWindow;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.FinishReason;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.RawAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open attempt, its deadline and its saved answers survive a restart of the application over
 * the same H2 file; after the restart the deadline still rules. (H2 only: CI's PostgreSQL pass
 * runs the tests tagged "database", and this one manages its own database file.)
 */
class AttemptSurvivesRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext boot() {
        return new SpringApplicationBuilder(InterviewLabApplication.class, TestClockConfiguration.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("interviewlab") + ";AUTO_SERVER=FALSE",
                        "--interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
                        "--interviewlab.quiz.sweep-interval=PT1H",
                        "--spring.main.banner-mode=off");
    }

    @Test
    void anOpenAttemptKeepsItsDeadlineAndAnswersAcrossARestart() {
        AttemptOwner learner = AttemptOwner.browser("restart-learner");
        AttemptSnapshot before;
        try (ConfigurableApplicationContext first = boot()) {
            AttemptService service = first.getBean(AttemptService.class);
            before = service.start(learner, new QuizRequest(List.of(), List.of("websocket"), null, 2, 10, false, false));
            service.flag(learner, before.id(), 2, true);
            String choice = before.question(1).type() == dev.interviewlab.quiz.bank.ItemType.SINGLE ? "a" : "false";
            service.answer(learner, before.id(), 1, new RawAnswer.Form(choice, null, null, null));
            first.getBean(MutableClock.class).advance(Duration.ofMinutes(3));
        }

        try (ConfigurableApplicationContext second = boot()) {
            MutableClock clock = second.getBean(MutableClock.class);
            clock.set(TestClockConfiguration.START.plus(Duration.ofMinutes(4)));
            AttemptService service = second.getBean(AttemptService.class);

            AttemptSnapshot resumed = service.view(learner, before.id());
            assertThat(resumed.isOpen()).isTrue();
            assertThat(resumed.startedAt()).isEqualTo(TestClockConfiguration.START);
            assertThat(resumed.deadline()).isEqualTo(before.deadline()).isEqualTo(TestClockConfiguration.START.plus(Duration.ofMinutes(10)));
            assertThat(resumed.remaining()).isEqualTo(Duration.ofMinutes(6));
            assertThat(resumed.question(2).flagged()).isTrue();
            assertThat(resumed.question(1).answered()).isTrue();
            assertThat(resumed.questions()).extracting(AttemptSnapshot.Question::itemKey)
                    .containsExactlyElementsOf(before.questions().stream().map(AttemptSnapshot.Question::itemKey).toList());
            assertThat(service.openAttempts(learner)).hasSize(1);

            clock.set(before.deadline().plus(AnswerWindow.GRACE).plusSeconds(1));
            AttemptSnapshot closed = service.view(learner, before.id());
            assertThat(closed.isOpen()).isFalse();
            assertThat(closed.finishedAt()).isEqualTo(before.deadline());
            assertThat(closed.finishReason()).isEqualTo(FinishReason.EXPIRED);
        }
    }
}
