package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.QuizOffer;
import dev.interviewlab.quiz.QuizOffers;
import dev.interviewlab.quiz.attempt.AnswerWindow;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.AttemptSummary;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.attempt.Response;
import dev.interviewlab.quiz.attempt.Scoring;
import dev.interviewlab.quiz.bank.AnswerKey;
import dev.interviewlab.quiz.bank.BankCatalog;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns attempts into what the quiz pages show, in the reader's language. No decisions, only presentation.
 * The review session shows its cards through {@link #questionView} and {@link #answered}, as one-question quizzes.
 */
@Component
public class QuizViews {

    private final QuestionBank bank;
    private final QuizText text;
    private final TopicRepository topics;

    QuizViews(QuestionBank bank, QuizText text, TopicRepository topics) {
        this.bank = bank;
        this.text = text;
        this.topics = topics;
    }

    PageViews.Builder builder(Language language, List<AttemptSummary> open, List<QuizOffer> offers, List<String> chosenTopics) {
        BankCatalog catalog = bank.catalog();
        List<PageViews.CategoryChoice> categories = catalog.categories().stream()
                .map(category -> new PageViews.CategoryChoice(category.slug(), category.name().in(language), category.total(),
                        category.topics().stream().anyMatch(topic -> chosenTopics.contains(topic.slug())),
                        category.topics().stream()
                                .map(topic -> new PageViews.TopicChoice(topic.slug(), topic.title().in(language), topic.total()))
                                .toList()))
                .toList();
        return new PageViews.Builder(categories, open.stream().map(summary -> row(summary, catalog, language)).toList(), offers);
    }

    /**
     * @param submitted the learner's values to show instead of the saved answer (a refused form), or null
     */
    PageViews.QuestionPage question(AttemptSnapshot attempt, int position, Language language, RawAnswer.Form submitted) {
        BankCatalog catalog = bank.catalog();
        AttemptSnapshot.Question question = attempt.question(position);
        return new PageViews.QuestionPage(attempt.id(), title(attempt.categorySlugs(), attempt.topicSlugs(), catalog, language),
                attempt.isTimed(), remainingSeconds(attempt), remainingMillis(attempt), attempt.deadline(),
                AnswerWindow.GRACE.toSeconds(), attempt.questions().size(), attempt.answeredCount(), attempt.flaggedCount(),
                attempt.sequential(), questionView(question, language, submitted), nav(attempt, position),
                !attempt.sequential() && position > 1 ? position - 1 : null,
                position < attempt.questions().size() ? position + 1 : null);
    }

    PageViews.Review review(AttemptSnapshot attempt, Language language) {
        return new PageViews.Review(attempt.id(), title(attempt.categorySlugs(), attempt.topicSlugs(), bank.catalog(), language),
                attempt.isTimed(), remainingSeconds(attempt), remainingMillis(attempt), attempt.deadline(),
                AnswerWindow.GRACE.toSeconds(), attempt.questions().size(), attempt.answeredCount(), attempt.flaggedCount(),
                attempt.sequential(), nav(attempt, 0));
    }

    PageViews.Result result(AttemptSnapshot attempt, Language language) {
        BankCatalog catalog = bank.catalog();
        Set<String> existing = existingTopics(attempt.questions().stream().map(AttemptSnapshot.Question::topicSlug).toList());
        List<PageViews.ResultQuestion> questions = attempt.questions().stream()
                .map(question -> resultQuestion(question, catalog, language, existing)).toList();
        Duration used = attempt.timeUsed();
        int score = attempt.scoreMillis() == null ? 0 : attempt.scoreMillis();
        int total = attempt.questions().size();
        return new PageViews.Result(attempt.id(), title(attempt.categorySlugs(), attempt.topicSlugs(), catalog, language),
                attempt.finishReason().messageKey(), minutes(attempt.timeLimit()), attempt.sequential(), attempt.startedAt(),
                attempt.finishedAt(), used.toMinutes(), used.toSecondsPart(), points(score), total,
                total == 0 ? 0 : Math.round(score / (double) total) / 10.0, questions);
    }

    /** A question with its answer, key and explanation, as a result shows it (the question must carry its key). */
    public PageViews.ResultQuestion answered(AttemptSnapshot.Question question, Language language) {
        return resultQuestion(question, bank.catalog(), language, existingTopics(List.of(question.topicSlug())));
    }

    private PageViews.ResultQuestion resultQuestion(AttemptSnapshot.Question question, BankCatalog catalog, Language language,
                                                    Set<String> existing) {
        int points = question.pointsMillis() == null ? 0 : question.pointsMillis();
        String verdict = !question.answered() ? "unanswered"
                : points == Scoring.FULL ? "correct" : points > 0 ? "partial" : "wrong";
        return new PageViews.ResultQuestion(question.position(), question.type().messageKey(),
                text.block(question.prompt().in(language), language), question.topicSlug(),
                topicTitle(question.topicSlug(), catalog, language), existing.contains(question.topicSlug()),
                given(question, language), expected(question, language), question.type() == ItemType.ORDERING,
                points(points), verdict, text.block(question.explanation().in(language), language), question.flagged());
    }

    PageViews.History history(QuizHistory.Report report, Language language, String chartTitle, String chartDescription) {
        BankCatalog catalog = bank.catalog();
        List<String> categorySlugs = report.trends().stream().map(QuizHistory.CategoryTrend::categorySlug).toList();
        List<String> categoryNames = categorySlugs.stream().map(slug -> categoryName(slug, catalog, language)).toList();
        List<PageViews.TrendRow> rows = new ArrayList<>();
        for (int i = 0; i < report.trendAttempts().size(); i++) {
            int number = i + 1;
            AttemptSummary attempt = report.trendAttempts().get(i);
            List<String> cells = report.trends().stream().map(trend -> trend.points().stream()
                    .filter(point -> point.attemptNumber() == number).findFirst()
                    .map(point -> percent(point.percent())).orElse("—")).toList();
            rows.add(new PageViews.TrendRow(number, attempt.id(), attempt.finishedAt(), cells));
        }
        String chart = report.trends().isEmpty() ? null : ScoreTrendChart.draw(report.trends(), categoryNames,
                report.trendAttempts().size(), chartTitle, chartDescription);
        Set<String> existing = existingTopics(report.weakest().stream().map(QuizHistory.TopicStanding::topicSlug).toList());
        List<PageViews.WeakTopic> weakest = report.weakest().stream().map(standing -> {
            String title = topicTitle(standing.topicSlug(), catalog, language);
            int available = catalog.topic(standing.topicSlug()).map(BankCatalog.BankTopic::total).orElse(0);
            return new PageViews.WeakTopic(standing.topicSlug(), title, existing.contains(standing.topicSlug()),
                    categoryName(standing.categorySlug(), catalog, language),
                    standing.percent(), standing.questions(),
                    available == 0 ? null : QuizOffers.topicOffer(standing.topicSlug(), title, available));
        }).toList();
        return new PageViews.History(report.attempts().stream().map(summary -> row(summary, catalog, language)).toList(),
                chart, categoryNames, rows, weakest);
    }

    String title(List<String> categorySlugs, List<String> topicSlugs, BankCatalog catalog, Language language) {
        List<String> names = new ArrayList<>();
        categorySlugs.forEach(slug -> names.add(categoryName(slug, catalog, language)));
        topicSlugs.forEach(slug -> names.add(topicTitle(slug, catalog, language)));
        if (names.size() > 3) {
            return String.join(", ", names.subList(0, 3)) + " +" + (names.size() - 3);
        }
        return String.join(", ", names);
    }

    /** Old attempts remember topics an editor may have deleted since: those get no link. One query. */
    Set<String> existingTopics(List<String> slugs) {
        return slugs.isEmpty() ? Set.of() : new HashSet<>(topics.findSlugsIn(new HashSet<>(slugs)));
    }

    /** A topic's title in the reader's language; its slug when the bank does not know it. */
    public String topicTitle(String slug, Language language) {
        return topicTitle(slug, bank.catalog(), language);
    }

    BankCatalog catalog() {
        return bank.catalog();
    }

    private PageViews.AttemptRow row(AttemptSummary summary, BankCatalog catalog, Language language) {
        Duration used = summary.timeUsed();
        return new PageViews.AttemptRow(summary.id(), title(summary.categorySlugs(), summary.topicSlugs(), catalog, language),
                summary.questionCount(), minutes(summary.timeLimit()), summary.sequential(), summary.startedAt(),
                summary.deadline(), summary.finishedAt(), used == null ? null : used.toMinutes(),
                used == null ? null : (long) used.toSecondsPart(),
                summary.scoreMillis() == null ? null : points(summary.scoreMillis()), summary.percent(),
                summary.finishReason() == null ? null : summary.finishReason().messageKey(),
                summary.finishedAt() == null);
    }

    /**
     * One question as its form shows it: the saved answer, or {@code submitted} (a refused form's values) when not null.
     * Reads no answer key.
     */
    public PageViews.Question questionView(AttemptSnapshot.Question question, Language language, RawAnswer.Form submitted) {
        Response saved = question.response();
        List<PageViews.Option> options = new ArrayList<>();
        String typed = null;
        List<PageViews.OrderSlot> slots = List.of();
        switch (question.type()) {
            case SINGLE, MULTIPLE -> {
                for (ItemOption option : question.options()) {
                    boolean selected = submitted != null
                            ? option.key().equals(submitted.choice()) || submitted.choices().contains(option.key())
                            : saved instanceof Response.Choice choice ? choice.option().equals(option.key())
                            : saved instanceof Response.Choices choices && choices.options().contains(option.key());
                    options.add(new PageViews.Option(option.key(), text.inline(option.text().in(language), language), null, null, selected));
                }
            }
            case TRUE_FALSE -> {
                for (boolean value : new boolean[]{true, false}) {
                    String key = Boolean.toString(value);
                    boolean selected = submitted != null ? key.equals(submitted.choice())
                            : saved instanceof Response.Truth truth && truth.value() == value;
                    options.add(new PageViews.Option(key, null, null, "quiz.answer." + key, selected));
                }
            }
            case FILL_IN -> typed = submitted != null ? submitted.text()
                    : saved instanceof Response.Text answer ? answer.text() : "";
            case ORDERING -> {
                for (ItemOption option : question.options()) {
                    String markdown = option.text().in(language);
                    options.add(new PageViews.Option(option.key(), text.inline(markdown, language), text.plain(markdown, language), null, false));
                }
                List<String> chosen = submitted != null ? submitted.order()
                        : saved instanceof Response.Order order ? order.options() : List.of();
                slots = IntStream.rangeClosed(1, question.options().size())
                        .mapToObj(number -> new PageViews.OrderSlot(number, number <= chosen.size() ? chosen.get(number - 1) : ""))
                        .toList();
            }
        }
        return new PageViews.Question(question.position(), question.type().code(), question.type().messageKey(),
                text.block(question.prompt().in(language), language), options, typed, slots, question.flagged(), question.answered());
    }

    private static List<PageViews.NavEntry> nav(AttemptSnapshot attempt, int currentlyShown) {
        return attempt.questions().stream().map(question -> new PageViews.NavEntry(question.position(), question.answered(),
                question.flagged(), question.position() == currentlyShown, attempt.canOpen(question.position()))).toList();
    }

    private List<PageViews.AnswerLine> given(AttemptSnapshot.Question question, Language language) {
        Response response = question.response();
        if (response == null) {
            return List.of();
        }
        Map<String, ItemOption> options = question.options().stream().collect(Collectors.toMap(ItemOption::key, o -> o));
        if (response instanceof Response.Choice choice) {
            return List.of(optionLine(options.get(choice.option()), language));
        }
        if (response instanceof Response.Choices choices) {
            // in the order the learner saw them
            return question.options().stream().filter(option -> choices.options().contains(option.key()))
                    .map(option -> optionLine(option, language)).toList();
        }
        if (response instanceof Response.Order order) {
            return order.options().stream().map(key -> optionLine(options.get(key), language)).toList();
        }
        if (response instanceof Response.Truth truth) {
            return List.of(new PageViews.AnswerLine(null, "quiz.answer." + truth.value()));
        }
        return List.of(new PageViews.AnswerLine(HtmlUtils.htmlEscape(((Response.Text) response).text()), null));
    }

    private List<PageViews.AnswerLine> expected(AttemptSnapshot.Question question, Language language) {
        AnswerKey key = question.answerKey();
        Map<String, ItemOption> options = question.options().stream().collect(Collectors.toMap(ItemOption::key, o -> o));
        if (key instanceof AnswerKey.Single single) {
            return List.of(optionLine(options.get(single.option()), language));
        }
        if (key instanceof AnswerKey.Multiple multiple) {
            return question.options().stream().filter(option -> multiple.options().contains(option.key()))
                    .map(option -> optionLine(option, language)).toList();
        }
        if (key instanceof AnswerKey.Ordering ordering) {
            return ordering.order().stream().map(optionKey -> optionLine(options.get(optionKey), language)).toList();
        }
        if (key instanceof AnswerKey.TrueFalse truth) {
            return List.of(new PageViews.AnswerLine(null, "quiz.answer." + truth.value()));
        }
        return ((AnswerKey.FillIn) key).accepted().stream()
                .map(accepted -> new PageViews.AnswerLine(HtmlUtils.htmlEscape(accepted), null)).toList();
    }

    private PageViews.AnswerLine optionLine(ItemOption option, Language language) {
        return option == null ? new PageViews.AnswerLine("?", null)
                : new PageViews.AnswerLine(text.inline(option.text().in(language), language), null);
    }

    private static long remainingSeconds(AttemptSnapshot attempt) {
        Duration remaining = attempt.remaining();
        return remaining == null ? 0 : remaining.toSeconds();
    }

    /** Milliseconds, so the page's countdown ends at the server's deadline rather than up to a second early. */
    private static long remainingMillis(AttemptSnapshot attempt) {
        Duration remaining = attempt.remaining();
        return remaining == null ? 0 : remaining.toMillis();
    }

    private static Integer minutes(Duration limit) {
        return limit == null ? null : (int) limit.toMinutes();
    }

    static String points(int millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    static String percent(double percent) {
        return (percent == Math.rint(percent) ? Long.toString((long) percent) : String.format(Locale.ROOT, "%.1f", percent)) + " %";
    }

    private static String categoryName(String slug, BankCatalog catalog, Language language) {
        return catalog.category(slug).map(category -> category.name().in(language)).orElse(slug);
    }

    private static String topicTitle(String slug, BankCatalog catalog, Language language) {
        return catalog.topic(slug).map(topic -> topic.title().in(language)).orElse(slug);
    }
}
