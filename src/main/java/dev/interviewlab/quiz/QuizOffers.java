package dev.interviewlab.quiz;

import dev.interviewlab.quiz.bank.BankCatalog;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The named quizzes the home page and topic pages offer: one per category (up to
 * {@value #CATEGORY_QUESTIONS} questions) and one per topic (up to {@value #TOPIC_QUESTIONS}).
 * Their time allows {@value #SECONDS_PER_QUESTION} seconds a question, rounded up to whole
 * minutes: 10 questions, 8 minutes.
 */
@Component
public class QuizOffers {

    static final int CATEGORY_QUESTIONS = 10;
    static final int TOPIC_QUESTIONS = 5;
    static final int SECONDS_PER_QUESTION = 48;

    private final QuestionBank bank;

    public QuizOffers(QuestionBank bank) {
        this.bank = bank;
    }

    public static int minutesFor(int questions) {
        return Math.max(1, (questions * SECONDS_PER_QUESTION + 59) / 60);
    }

    public static QuizOffer topicOffer(String slug, String title, int available) {
        int count = Math.min(TOPIC_QUESTIONS, available);
        return new QuizOffer("topics", slug, title, count, minutesFor(count));
    }

    /** One quiz per category that has questions, in the site's category order. */
    public List<QuizOffer> forHome(Language language) {
        return bank.catalog().categories().stream().map(category -> categoryOffer(category, language)).toList();
    }

    /** A quiz on the topic and one on its category; empty when the topic has no questions. */
    public List<QuizOffer> forTopic(String topicSlug, Language language) {
        BankCatalog catalog = bank.catalog();
        List<QuizOffer> offers = new ArrayList<>();
        catalog.topic(topicSlug).ifPresent(topic -> {
            offers.add(topicOffer(topic.slug(), topic.title().in(language), topic.total()));
            catalog.category(topic.categorySlug()).ifPresent(category -> offers.add(categoryOffer(category, language)));
        });
        return offers;
    }

    private static QuizOffer categoryOffer(BankCatalog.BankCategory category, Language language) {
        int count = Math.min(CATEGORY_QUESTIONS, category.total());
        return new QuizOffer("categories", category.slug(), category.name().in(language), count, minutesFor(count));
    }
}
