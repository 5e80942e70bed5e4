package dev.interviewlab.quiz.durability;

import dev.interviewlab.InterviewLabApplication;
import dev.interviewlab.quiz.attempt.AttemptNotFoundException;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer the server has acknowledged survives {@code kill -9} of the JVM on the default embedded H2
 * file database. A child JVM ({@link AnsweringProcess}) answers {@value #ANSWERS} questions in a tight
 * loop and is killed (SIGKILL, no shutdown hooks) the moment it prints the last acknowledgement; this
 * JVM then opens the same database file and counts the saved answers. With H2's default write delay
 * (500 ms) the last answers were lost; the application now sets {@code WRITE_DELAY=0}.
 * (H2 only: the PostgreSQL pass runs the tests tagged "database", and this one owns its database file.)
 */
class AcknowledgedAnswersSurviveKillTest {

    static final int ANSWERS = 25;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedAnswerIsThereAfterKillDashNine() throws Exception {
        Process child = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                AnsweringProcess.class.getName(), dataDir.toString(), String.valueOf(ANSWERS))
                .redirectErrorStream(true)
                .start();
        String attemptId = null;
        int acknowledged = 0;
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < ANSWERS && (line = lines.readLine()) != null) {
                if (line.startsWith("ATTEMPT ")) {
                    attemptId = line.substring("ATTEMPT ".length()).strip();
                } else if (line.startsWith("ACK ")) {
                    acknowledged = Integer.parseInt(line.substring(4).strip());
                } else {
                    output.add(line);
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("the child answered every question; its output: %s", output).isEqualTo(ANSWERS);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(InterviewLabApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=" + AnsweringProcess.PROFILE, "--interviewlab.data-dir=" + dataDir, "--interviewlab.quiz.sweep-interval=PT1H", "--spring.main.banner-mode=off")) {
            long saved = savedAnswers(restarted.getBean(AttemptService.class), attemptId);
            assertThat(saved).as("answers acknowledged before kill -9 and found after the restart").isEqualTo(ANSWERS);
        }
    }

    /** Answers saved in the attempt; none when even the attempt was lost (as it was with H2's default write delay). */
    private static long savedAnswers(AttemptService attempts, String attemptId) {
        try {
            AttemptSnapshot attempt = attempts.view(AnsweringProcess.LEARNER, attemptId);
            return attempt.questions().stream().filter(AttemptSnapshot.Question::answered).count();
        } catch (AttemptNotFoundException lost) {
            return 0;
        }
    }

    private static String javaBinary() throws IOException {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
