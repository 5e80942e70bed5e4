package dev.interviewlab.quiz;

import dev.interviewlab.quiz.bank.BankCatalog;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;
import dev.interviewlab.web.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class QuizOffersTest {

    @ParameterizedTest(name = "{0} questions get {1} minutes")
    @CsvSource({"1, 1", "2, 2", "5, 4", "10, 8", "50, 40"})
    void namedQuizzesAllow48SecondsAQuestionRoundedUp(int questions, int minutes) {
        assertThat(QuizOffers.minutesFor(questions)).isEqualTo(minutes);
    }

    @Test
    void homeOffersOneQuizPerCategoryAndTopicPagesOneOnTheTopicAndItsCategory() {
        QuestionBank bank = mock(QuestionBank.class);
        when(bank.catalog()).thenReturn(new BankCatalog(List.of(
                new BankCatalog.BankCategory("networking", new LocalizedText("Networking", "计算机网络"), List.of(
                        new BankCatalog.BankTopic("tcp", new LocalizedText("TCP", "TCP 协议"), "networking", Map.of(Difficulty.BEGINNER, 7)),
                        new BankCatalog.BankTopic("dns", new LocalizedText("DNS", "DNS"), "networking", Map.of(Difficulty.ADVANCED, 5)))),
                new BankCatalog.BankCategory("git", new LocalizedText("Git", "Git"), List.of(
                        new BankCatalog.BankTopic("rebase", new LocalizedText("Rebase", "变基"), "git", Map.of(Difficulty.BEGINNER, 3)))))));
        QuizOffers offers = new QuizOffers(bank);

        assertThat(offers.forHome(Language.ZH)).containsExactly(
                new QuizOffer("categories", "networking", "计算机网络", 10, 8),
                new QuizOffer("categories", "git", "Git", 3, 3));
        assertThat(offers.forTopic("tcp", Language.EN)).containsExactly(
                new QuizOffer("topics", "tcp", "TCP", 5, 4),
                new QuizOffer("categories", "networking", "Networking", 10, 8));
        assertThat(offers.forTopic("no-questions-here", Language.EN)).isEmpty();
    }
}
