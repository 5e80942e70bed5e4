package dev.interviewlab.quiz.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.quiz.QuizOffer;
import dev.interviewlab.quiz.QuizOffers;
import dev.interviewlab.quiz.attempt.AttemptClosedException;
import dev.interviewlab.quiz.attempt.AttemptNotFoundException;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.AttemptStillOpenException;
import dev.interviewlab.quiz.attempt.QuestionNotInAttemptException;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.QuizSettings;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.attempt.SequentialOrderException;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.web.EscapedMessages;
import dev.interviewlab.web.HtmlPageRenderer;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import dev.interviewlab.topic.TopicRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(QuizController.class)
@Import({QuizViews.class, QuizText.class, QuestionBlocks.class, QuestionPages.class, QuestionMain.class, EscapedMessages.class,
        HtmlPageRenderer.class, dev.interviewlab.web.LayoutSkeletons.class, dev.interviewlab.web.LanguageNav.class, dev.interviewlab.account.AccountNav.class,
        WebSliceSecurity.class})
class QuizControllerTest {

    static final String LEARNER = "L".repeat(43);
    static final Cookie COOKIE = new Cookie("learner", LEARNER);
    static final AttemptOwner OWNER = AttemptOwner.browser(LEARNER);
    static final String PAGE = "/quizzes/attempts/" + Snapshots.ID;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AttemptService attempts;

    @MockitoBean
    QuizHistory history;

    @MockitoBean
    QuizOffers offers;

    @MockitoBean
    QuestionBank bank;

    @MockitoBean
    TopicRepository topics;

    @BeforeEach
    void setUp() {
        when(bank.catalog()).thenReturn(Snapshots.CATALOG);
        // every topic an attempt remembers still exists, unless a test deletes one
        when(topics.findSlugsIn(any())).thenAnswer(call -> List.copyOf(call.<java.util.Collection<String>>getArgument(0)));
        when(offers.forHome(any())).thenReturn(List.of(new QuizOffer("categories", "networking", "Networking", 10, 8)));
        // the real checks of the settings, against the catalog above
        when(attempts.start(any(), any())).thenAnswer(call -> {
            QuizSettings.check(call.getArgument(1, QuizRequest.class), Snapshots.CATALOG);
            return Snapshots.open();
        });
        when(attempts.view(eq(OWNER), eq(Snapshots.ID))).thenReturn(Snapshots.open());
        when(attempts.view(any(), eq("someone-elses"))).thenThrow(new AttemptNotFoundException());
        when(attempts.read(eq(OWNER), eq(Snapshots.ID))).thenReturn(Snapshots.open());
        when(attempts.read(any(), eq("someone-elses"))).thenThrow(new AttemptNotFoundException());
        // the question page reads the attempt showing one question: here, whatever the test has read give
        when(attempts.readShowing(any(), any(), any()))
                .thenAnswer(call -> attempts.read(call.getArgument(0), call.getArgument(1)));
        when(attempts.save(eq(OWNER), eq(Snapshots.ID), anyInt(), any(), anyBoolean())).thenAnswer(call -> {
            int position = call.getArgument(2);
            if (position < 1 || position > 3) {
                throw new QuestionNotInAttemptException(position, 3);
            }
            return null;
        });
    }

    @Test
    void theFormOffersCategoriesTopicsAndNamedQuizzesAndGivesTheBrowserALearnerCookie() throws Exception {
        mvc.perform(get("/quizzes"))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", allOf(containsString("learner="), containsString("HttpOnly"),
                        containsString("SameSite=Lax"), containsString("Max-Age=34560000"))))
                .andExpect(content().string(containsString("Networking (10)")))
                .andExpect(content().string(containsString("TCP connection states (6)")))
                .andExpect(content().string(containsString("Networking: 10 questions, 8 minutes")))
                .andExpect(content().string(containsString("<link rel=\"stylesheet\" href=\"/assets/css/quiz.css\">")));
    }

    @Test
    void anOffersLinkOpensTheFormWithItsSettingsChosen() throws Exception {
        mvc.perform(get("/quizzes").param("categories", "networking").param("count", "7").param("minutes", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"networking\" checked=\"checked\"")))
                .andExpect(content().string(containsString("id=\"count\" type=\"number\" min=\"1\"")))
                .andExpect(content().string(containsString("name=\"count\" value=\"7\"")))
                .andExpect(content().string(containsString("name=\"minutes\" value=\"9\"")));
    }

    @Test
    void aReadyMadeQuizIsAButtonThatPostsTheQuizFormAndStartsTheQuiz() throws Exception {
        String html = mvc.perform(get("/quizzes")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Element offer = Jsoup.parse(html).selectFirst(".quiz-offers form");
        assertThat(offer).as("a form per ready-made quiz").isNotNull();
        assertThat(offer.attr("method")).isEqualTo("post");
        assertThat(offer.attr("action")).isEqualTo("/quizzes");
        assertThat(offer.select("input[type=hidden]")).extracting(input -> input.attr("name") + "=" + input.attr("value"))
                .contains("categories=networking", "count=10", "minutes=8");
        assertThat(offer.select("button[type=submit]").text()).isEqualTo("Networking: 10 questions, 8 minutes");

        var start = post("/quizzes");
        offer.select("input[type=hidden]").forEach(input -> start.param(input.attr("name"), input.attr("value")));
        mvc.perform(start.cookie(COOKIE)).andExpect(redirectedUrl(PAGE));
    }

    @Test
    void theSameBrowserKeepsItsLearnerId() throws Exception {
        mvc.perform(get("/quizzes").cookie(COOKIE)).andExpect(status().isOk());
        verify(attempts).openAttempts(OWNER);
    }

    @Test
    void aForgedLearnerCookieIsReplaced() throws Exception {
        mvc.perform(get("/quizzes").cookie(new Cookie("learner", "admin")))
                .andExpect(header().string("Set-Cookie", not(containsString("learner=admin"))));
    }

    @Test
    void aGoodQuizStartsAndOpensItsFirstQuestion() throws Exception {
        mvc.perform(post("/quizzes").cookie(COOKIE).param("categories", "networking").param("count", "10").param("minutes", "8"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a time limit of 0           | categories=networking&count=5&minutes=0           | The time limit must be from 1 to 120 minutes. | value="0"
            a time limit of -5          | categories=networking&count=5&minutes=-5          | The time limit must be from 1 to 120 minutes. | value="-5"
            a time limit of 10^9        | categories=networking&count=5&minutes=1000000000  | The time limit must be from 1 to 120 minutes. | value="1000000000"
            a time limit of 10^10       | categories=networking&count=5&minutes=10000000000 | a whole number of minutes from 1 to 120      | value="10000000000"
            a time limit in words       | categories=networking&count=5&minutes=eight       | a whole number of minutes from 1 to 120      | value="eight"
            more than the bank holds    | categories=networking&count=11&minutes=8          | Your choice has only 10 questions             | value="11"
            more than the bank holds    | topics=websocket&count=5&minutes=8                | Your choice has only 4 questions              | value="5"
            no questions                | categories=networking&count=0&minutes=8           | The number of questions must be from 1 to 50. | value="0"
            an empty selection          | count=5&minutes=8                                 | Choose at least one category or topic.        | value="5"
            an unknown category         | categories=cooking&count=5&minutes=8              | no questions in a category called “cooking”   | value="5"
            a tampered topic            | topics=<script>&count=5&minutes=8                 | no questions on a topic called “&lt;script&gt;” | value="5"
            a tampered difficulty       | categories=networking&count=5&minutes=8&difficulty=hard | Choose beginner, intermediate, advanced | value="5"
            a tampered practice flag    | categories=networking&count=5&minutes=8&practice=maybe  | Practice must be ticked or not.   | value="5"
            """)
    void badSettingsRedisplayTheFormWithTheMessageAndTheValuesKept(String what, String form, String message, String kept)
            throws Exception {
        mvc.perform(post("/quizzes?" + form).cookie(COOKIE))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString(kept)))
                .andExpect(content().string(containsString("The quiz could not start.")));
    }

    @Test
    void theQuestionPageWorksWithoutJavaScript() throws Exception {
        mvc.perform(get(PAGE).cookie(COOKIE).param("q", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Question 1 of 3")))
                .andExpect(content().string(containsString("<code>TIME_WAIT</code>")))
                .andExpect(content().string(containsString("data-remaining-seconds=\"420\"")))
                .andExpect(content().string(containsString("7:00")))
                .andExpect(content().string(containsString("1 of 3 answered")))
                .andExpect(content().string(containsString("<input type=\"radio\" name=\"choice\" id=\"choice-1\" value=\"b\" checked=\"checked\">")))
                .andExpect(content().string(containsString("name=\"question\" value=\"1\"")))
                .andExpect(content().string(containsString("action=\"/quizzes/attempts/" + Snapshots.ID + "/submit\"")))
                .andExpect(content().string(not(containsString("The active closer waits 2MSL"))));
    }

    @Test
    void savingAnAnswerGoesWhereTheButtonSays() throws Exception {
        mvc.perform(post(PAGE).cookie(COOKIE).param("question", "1").param("choice", "a").param("go", "2"))
                .andExpect(redirectedUrl(PAGE + "?q=2"));
        verify(attempts).save(OWNER, Snapshots.ID, 1, new RawAnswer.Form("a", null, null, null), false);
        mvc.perform(post(PAGE).cookie(COOKIE).param("question", "2").param("choices", "a", "b").param("flagged", "true").param("go", "review"))
                .andExpect(redirectedUrl(PAGE + "/review"));
        verify(attempts).save(OWNER, Snapshots.ID, 2, new RawAnswer.Form(null, List.of("a", "b"), null, null), true);
        when(attempts.view(OWNER, Snapshots.ID)).thenReturn(Snapshots.openAllAnswered());
        mvc.perform(post(PAGE).cookie(COOKIE).param("question", "3").param("text", "x").param("go", "submit"))
                .andExpect(redirectedUrl(PAGE + "/result"));
        verify(attempts).submit(OWNER, Snapshots.ID);
    }

    @Test
    void submitNowWithQuestionsUnansweredShowsTheSummaryInsteadOfSubmitting() throws Exception {
        mvc.perform(post(PAGE).cookie(COOKIE).param("question", "1").param("choice", "b").param("go", "submit"))
                .andExpect(redirectedUrl(PAGE + "/review"));
        verify(attempts).save(OWNER, Snapshots.ID, 1, new RawAnswer.Form("b", null, null, null), false);
        verify(attempts, never()).submit(any(), any());
    }

    @Test
    void submitNowOnceTimeIsUpSubmitsAtOnceAsTheDeadlineRules() throws Exception {
        when(attempts.view(OWNER, Snapshots.ID)).thenReturn(Snapshots.openAt(Snapshots.DEADLINE.plusSeconds(2)));
        mvc.perform(post(PAGE).cookie(COOKIE).param("question", "1").param("choice", "b").param("go", "submit"))
                .andExpect(redirectedUrl(PAGE + "/result"));
        verify(attempts).submit(OWNER, Snapshots.ID);
    }

    @Test
    void theSummaryLinksEachUnansweredQuestionAndShowsTimeLeftSubmitAndBack() throws Exception {
        mvc.perform(get(PAGE + "/review").cookie(COOKIE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 questions are still unanswered")))
                .andExpect(content().string(containsString("<a href=\"" + PAGE + "?q=2\">Question 2</a>")))
                .andExpect(content().string(containsString("<a href=\"" + PAGE + "?q=3\">Question 3</a>")))
                .andExpect(content().string(not(containsString(">Question 1</a>"))))
                .andExpect(content().string(containsString(">7:00</time>")))
                .andExpect(content().string(containsString("action=\"" + PAGE + "/submit\"")))
                .andExpect(content().string(containsString(">Submit my answers</button>")))
                .andExpect(content().string(containsString("href=\"" + PAGE + "\">Back to the quiz</a>")));
        mvc.perform(get(PAGE + "/review").cookie(COOKIE).param("lang", "zh"))
                .andExpect(content().string(containsString(">第 2 题</a>")))
                .andExpect(content().string(containsString(">返回答题</a>")));
    }

    @Test
    void theDeadlineIsAMachineReadableTimeLabelledUtcForLocalTimeToRewrite() throws Exception {
        String deadline = Snapshots.DEADLINE.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String utc = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC).format(Snapshots.DEADLINE);
        mvc.perform(get(PAGE).cookie(COOKIE))
                .andExpect(content().string(containsString("<time class=\"muted\" id=\"quiz-deadline\" data-local=\"time\" datetime=\""
                        + deadline + "\"\n          data-local-template=\"(ends at {0})\">(ends at " + utc + " UTC)</time>")))
                .andExpect(content().string(containsString("<script src=\"/assets/js/local-time.js\" defer></script>")));
        mvc.perform(get(PAGE).cookie(COOKIE).param("lang", "zh"))
                .andExpect(content().string(containsString("data-local-template=\"（{0} 截止）\">（" + utc + " UTC 截止）</time>")));
    }

    @Test
    void inASequentialQuizTheSummaryLinksOnlyTheQuestionThatCanStillBeOpened() throws Exception {
        var open = Snapshots.open();
        when(attempts.read(OWNER, Snapshots.ID)).thenReturn(new dev.interviewlab.quiz.attempt.AttemptSnapshot(Snapshots.ID,
                open.status(), null, true, open.categorySlugs(), open.topicSlugs(), null, open.timeLimit(), open.startedAt(),
                open.deadline(), null, open.now(), 3, null, open.questions()));
        mvc.perform(get(PAGE + "/review").cookie(COOKIE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>Question 2 (closed: this quiz is sequential)</span>")))
                .andExpect(content().string(not(containsString(">Question 2</a>"))))
                .andExpect(content().string(containsString("<a href=\"" + PAGE + "?q=3\">Question 3</a>")));
    }

    @Test
    void theSubmitNowButtonSavesTheAnswerThroughTheQuestionForm() throws Exception {
        mvc.perform(get(PAGE).cookie(COOKIE).param("q", "1"))
                .andExpect(content().string(containsString(
                        "<button type=\"submit\" form=\"quiz-question\" name=\"go\" value=\"submit\" class=\"secondary\">Submit now</button>")));
    }

    @ParameterizedTest
    @CsvSource({"99", "0", "-1", "abc", "''"})
    void aTamperedQuestionFieldIsRefused(String question) throws Exception {
        mvc.perform(post(PAGE).cookie(COOKIE).param("question", question).param("choice", "a").param("go", "next"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This quiz has no question")));
        verify(attempts, never()).flag(any(), any(), anyInt(), anyBoolean());
        verify(attempts, never()).answer(any(), any(), anyInt(), any());
    }

    @Test
    void aTamperedOptionIsRefusedAndTheFormKeepsTheQuestion() throws Exception {
        when(attempts.save(OWNER, Snapshots.ID, 1, new RawAnswer.Form("z", null, null, null), false)).thenThrow(new InvalidInputException(
                List.of(FieldProblem.of("answer", "quiz.error.answer.unknownOption", "z", "b, a"))));

        mvc.perform(post(PAGE).cookie(COOKIE).param("question", "1").param("choice", "z").param("go", "next"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“z” is not an option of this question; its options are b, a.")))
                .andExpect(content().string(containsString("Question 1 of 3")));
        verify(attempts, never()).flag(any(), any(), anyInt(), anyBoolean());
        verify(attempts, never()).answer(any(), any(), anyInt(), any());
    }

    @Test
    void aLateAnswerIsRefusedWith409AndTheResult() throws Exception {
        when(attempts.save(eq(OWNER), eq(Snapshots.ID), eq(2), any(), anyBoolean()))
                .thenThrow(new AttemptClosedException(AttemptClosedException.Why.LATE, Snapshots.ID, Snapshots.DEADLINE));
        when(attempts.result(OWNER, Snapshots.ID)).thenReturn(Snapshots.finished());

        mvc.perform(post(PAGE).cookie(COOKIE).param("question", "2").param("choices", "a").param("go", "next"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Time ran out: that answer reached the server after the deadline")))
                .andExpect(content().string(containsString("1.5 of 3 points (50 %)")));
    }

    @Test
    void aSequentialQuizSendsTheLearnerBackToTheCurrentQuestion() throws Exception {
        when(attempts.save(eq(OWNER), eq(Snapshots.ID), eq(3), any(), anyBoolean())).thenThrow(new SequentialOrderException(1, 3));

        mvc.perform(post(PAGE).cookie(COOKIE).param("question", "3").param("text", "x").param("go", "next"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("only question 1 takes answers now")));
    }

    @Test
    void someoneElsesAttemptIsNotFound() throws Exception {
        when(attempts.view(any(), eq(Snapshots.ID))).thenThrow(new AttemptNotFoundException());
        when(attempts.read(any(), eq(Snapshots.ID))).thenThrow(new AttemptNotFoundException());
        when(attempts.submit(any(), eq(Snapshots.ID))).thenThrow(new AttemptNotFoundException());
        when(attempts.result(any(), eq(Snapshots.ID))).thenThrow(new AttemptNotFoundException());

        mvc.perform(get(PAGE)).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/review")).andExpect(status().isNotFound());
        mvc.perform(post(PAGE + "/submit")).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/result")).andExpect(status().isNotFound());
        mvc.perform(get("/quizzes/attempts/someone-elses")).andExpect(status().isNotFound());
    }

    @Test
    void anOverdueAttemptIsSentToItsResultWhichClosesIt() throws Exception {
        when(attempts.read(OWNER, Snapshots.ID)).thenReturn(Snapshots.openAt(Snapshots.DEADLINE.plusSeconds(6)));
        mvc.perform(get(PAGE).cookie(COOKIE).param("q", "1")).andExpect(redirectedUrl(PAGE + "/result"));
        mvc.perform(get(PAGE + "/review").cookie(COOKIE)).andExpect(redirectedUrl(PAGE + "/result"));
        // within the grace the page still opens: an answer on its way is still taken
        when(attempts.read(OWNER, Snapshots.ID)).thenReturn(Snapshots.openAt(Snapshots.DEADLINE.plusSeconds(4)));
        mvc.perform(get(PAGE).cookie(COOKIE).param("q", "1")).andExpect(status().isOk());
        verify(attempts, never()).view(any(), any());
    }

    @Test
    void aFinishedAttemptOpensItsResultAndAnOpenResultOpensTheQuiz() throws Exception {
        when(attempts.read(OWNER, Snapshots.ID)).thenReturn(Snapshots.finished());
        mvc.perform(get(PAGE).cookie(COOKIE)).andExpect(redirectedUrl(PAGE + "/result"));
        mvc.perform(get(PAGE + "/review").cookie(COOKIE)).andExpect(redirectedUrl(PAGE + "/result"));

        when(attempts.result(OWNER, Snapshots.ID)).thenThrow(new AttemptStillOpenException(Snapshots.ID));
        mvc.perform(get(PAGE + "/result").cookie(COOKIE)).andExpect(redirectedUrl(PAGE));
    }

    @Test
    void submittingTwiceShowsTheSameResult() throws Exception {
        mvc.perform(post(PAGE + "/submit").cookie(COOKIE)).andExpect(redirectedUrl(PAGE + "/result"));
        mvc.perform(post(PAGE + "/submit").cookie(COOKIE)).andExpect(redirectedUrl(PAGE + "/result"));
    }

    @Test
    void theResultExplainsEveryAnswerAndLinksToItsTopic() throws Exception {
        when(attempts.result(OWNER, Snapshots.ID)).thenReturn(Snapshots.finished());

        mvc.perform(get(PAGE + "/result").cookie(COOKIE).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1.5 of 3 points (50 %)")))
                .andExpect(content().string(containsString("8 min 0 s")))
                .andExpect(content().string(containsString("closed by the server when time ran out")))
                .andExpect(content().string(containsString("The active closer waits 2MSL.")))
                .andExpect(content().string(containsString("href=\"/topics/tcp-connection-states\"")))
                .andExpect(content().string(containsString("Read the note: TCP connection states")))
                .andExpect(content().string(containsString("close &lt;wait&gt;")))
                .andExpect(content().string(containsString("verdict-partial")))
                .andExpect(content().string(containsString("verdict-wrong")))
                .andExpect(content().string(containsString("(right options chosen − wrong options chosen)")));
        mvc.perform(get(PAGE + "/result").cookie(COOKIE).param("lang", "zh"))
                .andExpect(content().string(containsString("阅读笔记：TCP 连接状态")))
                .andExpect(content().string(containsString("The active closer waits 2MSL.（中）")));
    }

    @Test
    void aResultWhoseTopicWasDeletedShowsTheTopicWithoutALink() throws Exception {
        when(attempts.result(OWNER, Snapshots.ID)).thenReturn(Snapshots.finished());
        org.mockito.Mockito.doReturn(List.of()).when(topics).findSlugsIn(any());

        mvc.perform(get(PAGE + "/result").cookie(COOKIE).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The active closer waits 2MSL.")))
                .andExpect(content().string(containsString("TCP connection states (topic deleted)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/topics/tcp-connection-states\""))));
    }

    @Test
    void theReviewPageListsUnansweredAndFlaggedQuestions() throws Exception {
        mvc.perform(get(PAGE + "/review").cookie(COOKIE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 of 3 answered, 1 flagged for review.")))
                .andExpect(content().string(containsString("2 questions are still unanswered")))
                .andExpect(content().string(containsString("href=\"/quizzes/attempts/" + Snapshots.ID + "?q=2\"")));
    }

    @Test
    void theHistoryPageDrawsTheTrendAndOffersQuizzesOnWeakTopics() throws Exception {
        var attempt = dev.interviewlab.quiz.attempt.AttemptSummary.class;
        when(history.report(OWNER)).thenReturn(new QuizHistory.Report(List.of(), List.of(
                new dev.interviewlab.quiz.attempt.AttemptSummary("a1", dev.interviewlab.quiz.attempt.AttemptStatus.FINISHED,
                        dev.interviewlab.quiz.attempt.FinishReason.SUBMITTED, List.of("networking"), List.of(), 4,
                        java.time.Duration.ofMinutes(4), false, Snapshots.START, Snapshots.DEADLINE, Snapshots.START.plusSeconds(100), 2000)),
                List.of(new QuizHistory.CategoryTrend("networking", List.of(new QuizHistory.TrendPoint(1, "a1", Snapshots.START, 4, 2000)))),
                List.of(new QuizHistory.TopicStanding("websocket", "networking", 2, 0))));

        mvc.perform(get("/quizzes/history").cookie(COOKIE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg id=\"quiz-trend\"")))
                .andExpect(content().string(containsString("<title id=\"quiz-trend-title\">")))
                .andExpect(content().string(containsString("Networking: 50 % (#1)")))
                .andExpect(content().string(containsString("<td>50 %</td>")))
                .andExpect(content().string(containsString("href=\"/topics/websocket\"")))
                .andExpect(content().string(containsString("WebSocket: 4 questions, 4 minutes")));
    }
    /**
     * The question page of a GET is written as strings around a kept layout (QuestionPages, QuestionMain, LanguageNav,
     * AccountNav); a refused form renders the same page whole through the templates. The two must be the same page
     * but for the refusal's message, so a change to a template that misses its string twin (or the reverse) fails.
     */
    @ParameterizedTest
    @CsvSource({"en, open", "zh, open", "en, allAnswered", "zh, sequentialUntimed", "en, sequentialUntimed"})
    void theQuestionPageWrittenAsStringsIsTheHtmlTheTemplatesWrite(String language, String snapshot) throws Exception {
        AttemptSnapshot attempt = switch (snapshot) {
            case "open" -> Snapshots.open();
            case "allAnswered" -> Snapshots.openAllAnswered();
            default -> sequentialUntimed();
        };
        when(attempts.read(OWNER, Snapshots.ID)).thenReturn(attempt);
        when(attempts.view(OWNER, Snapshots.ID)).thenReturn(attempt);

        String kept = mvc.perform(get(PAGE + "?lang=" + language).cookie(COOKIE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // an unknown question is refused with the page the GET shows (the first unanswered, or the current one)
        String whole = mvc.perform(post(PAGE + "?lang=" + language).cookie(COOKIE).param("question", "x").param("go", "stay"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(whole).contains("id=\"form-error\"").contains("aria-describedby=\"form-error\"");
        // the main part as the template writes it, to the byte; the rest (the layout's marks leave other white space)
        // with white space between tags left out
        String refused = whole.replaceFirst("<p class=\"form-error\" role=\"alert\" id=\"form-error\">[^<]*</p>", "")
                .replace(" aria-describedby=\"form-error\"", "");
        assertThat(sameTokens(main(kept))).isEqualTo(sameTokens(main(refused)));
        assertThat(withoutSpace(sameTokens(kept))).isEqualTo(withoutSpace(sameTokens(refused)));
        assertThat(kept).contains("<html lang=\"" + language + "\">").contains("?lang=zh\" hreflang=\"zh\"")
                .contains(language.equals("en") ? "<title>Question " : "<title>第 ").doesNotContain("reader-part");
    }

    private static AttemptSnapshot sequentialUntimed() {
        AttemptSnapshot open = Snapshots.open();
        return new AttemptSnapshot(Snapshots.ID, open.status(), null, true, open.categorySlugs(), List.of(), null, null,
                open.startedAt(), null, null, open.now(), 2, null, open.questions());
    }

    /** The page with its (per-response masked) tokens alike. */
    private static String sameTokens(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\" value=\"token\"");
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main id=\"main\""), page.indexOf("</main>") + 7);
    }

    private static String withoutSpace(String page) {
        return page.replaceAll("\\s+", " ").replace("> <", "><").replace(" >", ">");
    }
}
