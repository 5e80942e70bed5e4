package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * The home page's "continue your quiz" card: the visitor's newest open attempt. A signed-in visitor's
 * attempts are the account's; a guest's are found by the learner cookie the quiz pages gave the browser.
 * A browser without that cookie has no attempts, and the home page does not give it one.
 */
@Component
public class ContinueQuiz {

    /**
     * @param title            what the quiz is on
     * @param remainingSeconds null when untimed
     * @param othersOpen       how many more open attempts there are (listed on the quiz form)
     */
    public record Card(String attemptId, String title, int answered, int total, Long remainingSeconds, int othersOpen) {
    }

    private final AttemptService attempts;
    private final QuizViews views;

    ContinueQuiz(AttemptService attempts, QuizViews views) {
        this.attempts = attempts;
        this.views = views;
    }

    public Optional<Card> forVisitor(HttpServletRequest request, Language language) {
        return VisitorOwner.of(request).flatMap(attempts::latestOpen).map(open -> new Card(open.summary().id(),
                views.title(open.summary().categorySlugs(), open.summary().topicSlugs(), views.catalog(), language),
                open.answered(), open.summary().questionCount(),
                Optional.ofNullable(open.remaining()).map(Duration::toSeconds).orElse(null), open.openCount() - 1));
    }
}
