package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.BankCatalog;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A checked quiz: what to draw from, how many, how long. Bounds: 1 to {@value #MAX_QUESTIONS}
 * questions (and no more than the selection holds), a time limit of {@value #MIN_MINUTES} to
 * {@value #MAX_MINUTES} minutes unless practice, at most {@value #MAX_SELECTION} categories and
 * topics named.
 *
 * @param timeLimit null for untimed practice
 */
public record QuizSettings(List<String> categories, List<String> topics, Difficulty difficulty, int count,
                           Duration timeLimit, boolean sequential) {

    public static final int MAX_QUESTIONS = 50;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 120;
    public static final int MAX_SELECTION = 100;

    public QuizSettings {
        categories = List.copyOf(categories);
        topics = List.copyOf(topics);
    }

    public boolean isTimed() {
        return timeLimit != null;
    }

    /** The settings, or every problem at once on the fields {@code categories}, {@code topics}, {@code difficulty}, {@code count}, {@code minutes}. */
    public static QuizSettings check(QuizRequest request, BankCatalog catalog) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.categories().isEmpty() && request.topics().isEmpty()) {
            problems.add(FieldProblem.of("categories", "quiz.error.selection.empty"));
        }
        if (request.categories().size() + request.topics().size() > MAX_SELECTION) {
            problems.add(FieldProblem.of("categories", "quiz.error.selection.tooMany", MAX_SELECTION));
        } else {
            request.categories().stream().filter(slug -> catalog.category(slug).isEmpty()).findFirst()
                    .ifPresent(slug -> problems.add(FieldProblem.of("categories", "quiz.error.category.unknown", abbreviate(slug))));
            request.topics().stream().filter(slug -> catalog.topic(slug).isEmpty()).findFirst()
                    .ifPresent(slug -> problems.add(FieldProblem.of("topics", "quiz.error.topic.unknown", abbreviate(slug))));
        }
        Difficulty difficulty = null;
        String wanted = request.difficulty() == null ? "" : request.difficulty().strip().toLowerCase(Locale.ROOT);
        if (!wanted.isEmpty() && !wanted.equals("any")) {
            try {
                difficulty = Difficulty.parse(wanted);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("difficulty", "quiz.error.difficulty"));
            }
        }
        Integer count = request.count();
        if (count == null) {
            problems.add(FieldProblem.of("count", "quiz.error.count.missing"));
        } else if (count < 1 || count > MAX_QUESTIONS) {
            problems.add(FieldProblem.of("count", "quiz.error.count.range", 1, MAX_QUESTIONS));
        } else if (problems.isEmpty()) {
            Set<String> topics = catalog.expand(request.categories(), request.topics());
            int available = catalog.available(topics, difficulty);
            if (count > available) {
                problems.add(FieldProblem.of("count", "quiz.error.count.available", available));
            }
        }
        Duration limit = null;
        if (!request.practice()) {
            Integer minutes = request.minutes();
            if (minutes == null) {
                problems.add(FieldProblem.of("minutes", "quiz.error.minutes.missing"));
            } else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                problems.add(FieldProblem.of("minutes", "quiz.error.minutes.range", MIN_MINUTES, MAX_MINUTES));
            } else {
                limit = Duration.ofMinutes(minutes);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new QuizSettings(request.categories(), request.topics(), difficulty, count, limit, request.sequential());
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
