package dev.interviewlab.quiz.web;

import dev.interviewlab.account.WebSliceSecurity;
import dev.interviewlab.quiz.attempt.AnswerReceipt;
import dev.interviewlab.quiz.attempt.AttemptClosedException;
import dev.interviewlab.quiz.attempt.AttemptNotFoundException;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptStillOpenException;
import dev.interviewlab.quiz.attempt.QuestionNotInAttemptException;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.QuizSettings;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.attempt.SequentialOrderException;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import dev.interviewlab.topic.TopicRepository;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(QuizApiController.class)
@Import({QuizViews.class, QuizText.class, WebSliceSecurity.class})
class QuizApiControllerTest {

    static final String LEARNER = "A".repeat(43);
    static final Cookie COOKIE = new Cookie("learner", LEARNER);
    static final AttemptOwner OWNER = AttemptOwner.browser(LEARNER);
    static final String API = "/api/quizzes/attempts/" + Snapshots.ID;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AttemptService attempts;

    @MockitoBean
    TopicRepository topics;

    @MockitoBean
    QuizHistory history;

    @MockitoBean
    QuestionBank bank;

    @BeforeEach
    void setUp() {
        when(bank.catalog()).thenReturn(Snapshots.CATALOG);
        // every topic an attempt remembers still exists, unless a test deletes one
        when(topics.findSlugsIn(any())).thenAnswer(call -> List.copyOf(call.<java.util.Collection<String>>getArgument(0)));
        when(attempts.start(any(), any())).thenAnswer(call -> {
            QuizSettings.check(call.getArgument(1, QuizRequest.class), Snapshots.CATALOG);
            return Snapshots.open();
        });
        when(attempts.read(OWNER, Snapshots.ID)).thenReturn(Snapshots.open());
        when(attempts.read(any(), eq("unknown"))).thenThrow(new AttemptNotFoundException());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
        return request.cookie(COOKIE).contentType(MediaType.APPLICATION_JSON).content(body).header("Accept-Language", "en");
    }

    @Test
    void createsAnAttemptAndAnswersWithItsQuestionsButNoAnswerKeys() throws Exception {
        mvc.perform(json(post("/api/quizzes/attempts"), "{\"categories\":[\"networking\"],\"count\":3,\"minutes\":8}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", API))
                .andExpect(jsonPath("$.id").value(Snapshots.ID))
                .andExpect(jsonPath("$.remainingSeconds").value(420))
                .andExpect(jsonPath("$.graceSeconds").value(5))
                .andExpect(jsonPath("$.questions", hasSize(3)))
                .andExpect(jsonPath("$.questions[0].options[0].id").value("b"))
                .andExpect(jsonPath("$.questions[0].answer").value("b"))
                .andExpect(jsonPath("$.questions[0].prompt").value(containsString("<code>TIME_WAIT</code>")))
                .andExpect(content().string(not(containsString("correct"))))
                .andExpect(content().string(not(containsString("2MSL"))))
                .andExpect(content().string(not(containsString("explanation"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a time limit of 0         | {"categories":["networking"],"count":3,"minutes":0}          | minutes    | The time limit must be from 1 to 120 minutes.
            a time limit of -5        | {"categories":["networking"],"count":3,"minutes":-5}         | minutes    | The time limit must be from 1 to 120 minutes.
            a time limit of 10^9      | {"categories":["networking"],"count":3,"minutes":1000000000} | minutes    | The time limit must be from 1 to 120 minutes.
            more than the bank holds  | {"topics":["websocket"],"count":5,"minutes":8}               | count      | Your choice has only 4 questions
            an empty selection        | {"categories":[],"topics":[],"count":3,"minutes":8}          | categories | Choose at least one category or topic.
            no selection at all       | {"count":3,"minutes":8}                                      | categories | Choose at least one category or topic.
            an unknown category       | {"categories":["cooking"],"count":3,"minutes":8}             | categories | There are no questions in a category called “cooking”.
            """)
    void badSettingsAre400ProblemsListingTheField(String what, String body, String field, String message) throws Exception {
        mvc.perform(json(post("/api/quizzes/attempts"), body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"categories":["networking"],"count":3,"minutes":10000000000}
            {"categories":"networking","count":"three"}
            not json
            """)
    void unreadableBodiesAre400(String body) throws Exception {
        mvc.perform(json(post("/api/quizzes/attempts"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON of the expected shape."));
    }

    @Test
    void anOpenAttemptIsShownFromAReadThatTakesNoLock() throws Exception {
        mvc.perform(get(API).cookie(COOKIE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.questions[0].answer").value("b"));
        // within the grace an attempt is still open, and still read without the lock
        when(attempts.read(OWNER, Snapshots.ID)).thenReturn(Snapshots.openAt(Snapshots.DEADLINE.plusSeconds(4)));
        mvc.perform(get(API).cookie(COOKIE)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("open"));
        verify(attempts, never()).view(any(), any());
    }

    @Test
    void anOverdueAttemptIsClosedUnderTheLockBeforeItIsShown() throws Exception {
        when(attempts.read(OWNER, Snapshots.ID)).thenReturn(Snapshots.openAt(Snapshots.DEADLINE.plusSeconds(6)));
        when(attempts.view(OWNER, Snapshots.ID)).thenReturn(Snapshots.finished());

        mvc.perform(get(API).cookie(COOKIE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("finished"))
                .andExpect(jsonPath("$.finishReason").value("expired"));
        verify(attempts).view(OWNER, Snapshots.ID);
    }

    @Test
    void anUnknownOrForeignAttemptIs404() throws Exception {
        when(attempts.answer(any(), eq("unknown"), anyInt(), any())).thenThrow(new AttemptNotFoundException());
        when(attempts.submit(any(), eq("unknown"))).thenThrow(new AttemptNotFoundException());

        mvc.perform(get("/api/quizzes/attempts/unknown").cookie(COOKIE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("attempt-not-found"));
        mvc.perform(json(put("/api/quizzes/attempts/unknown/questions/1/answer"), "{\"answer\":\"a\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/quizzes/attempts/unknown/submit").cookie(COOKIE)).andExpect(status().isNotFound());
    }

    @Test
    void anAnswerIsSavedAndReceipted() throws Exception {
        when(attempts.answer(OWNER, Snapshots.ID, 2, new RawAnswer.Json(List.of("a", "b")))).thenReturn(
                new AnswerReceipt(Snapshots.ID, 2, true, false, Snapshots.START.plusSeconds(70), 2, 3, Snapshots.DEADLINE));

        mvc.perform(json(put(API + "/questions/2/answer"), "{\"answer\":[\"a\",\"b\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredCount").value(2))
                .andExpect(jsonPath("$.questionCount").value(3));
    }

    @Test
    void aClearedAnswerAndAFlagAreSaved() throws Exception {
        mvc.perform(delete(API + "/questions/2/answer").cookie(COOKIE)).andExpect(status().isOk());
        verify(attempts).clearAnswer(OWNER, Snapshots.ID, 2);
        mvc.perform(json(put(API + "/questions/2/flag"), "{\"flagged\":true}")).andExpect(status().isOk());
        verify(attempts).flag(OWNER, Snapshots.ID, 2, true);
        mvc.perform(json(put(API + "/questions/2/flag"), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("flagged"));
    }

    @Test
    void aBadAnswerIs400WithTheReason() throws Exception {
        when(attempts.answer(eq(OWNER), eq(Snapshots.ID), eq(1), any())).thenThrow(new InvalidInputException(
                List.of(FieldProblem.of("answer", "quiz.error.answer.unknownOption", "z", "a, b"))));

        mvc.perform(json(put(API + "/questions/1/answer"), "{\"answer\":\"z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"))
                .andExpect(jsonPath("$.errors[0].message").value("“z” is not an option of this question; its options are a, b."));
    }

    @Test
    void aQuestionNotInTheAttemptIs404AndANonNumberIs400() throws Exception {
        when(attempts.answer(eq(OWNER), eq(Snapshots.ID), eq(9), any())).thenThrow(new QuestionNotInAttemptException(9, 3));

        mvc.perform(json(put(API + "/questions/9/answer"), "{\"answer\":\"a\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("question-not-found"))
                .andExpect(jsonPath("$.detail").value("This quiz has no question “9”; it has questions 1 to 3."));
        mvc.perform(json(put(API + "/questions/one/answer"), "{\"answer\":\"a\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aLateAnswerIs409AndSaysWhenTimeRanOut() throws Exception {
        when(attempts.answer(eq(OWNER), eq(Snapshots.ID), eq(1), any()))
                .thenThrow(new AttemptClosedException(AttemptClosedException.Why.LATE, Snapshots.ID, Snapshots.DEADLINE));

        mvc.perform(json(put(API + "/questions/1/answer"), "{\"answer\":\"a\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("late-answer"))
                .andExpect(jsonPath("$.deadline").value("2030-03-04T10:08:00Z"))
                .andExpect(jsonPath("$.detail").value(containsString("Time ran out at 2030-03-04 10:08:00 UTC")))
                .andExpect(jsonPath("$.result").value(API + "/result"));
    }

    @Test
    void aFinishedAttemptTakesNoAnswersAndAnOpenOneHasNoResultYet() throws Exception {
        when(attempts.flag(eq(OWNER), eq(Snapshots.ID), eq(1), eq(true)))
                .thenThrow(new AttemptClosedException(AttemptClosedException.Why.FINISHED, Snapshots.ID, Snapshots.DEADLINE));
        when(attempts.result(OWNER, Snapshots.ID)).thenThrow(new AttemptStillOpenException(Snapshots.ID));

        mvc.perform(json(put(API + "/questions/1/flag"), "{\"flagged\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("attempt-finished"));
        mvc.perform(get(API + "/result").cookie(COOKIE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("attempt-open"));
    }

    @Test
    void aSequentialQuizRefusesOtherQuestions() throws Exception {
        when(attempts.answer(eq(OWNER), eq(Snapshots.ID), eq(3), any())).thenThrow(new SequentialOrderException(1, 3));

        mvc.perform(json(put(API + "/questions/3/answer"), "{\"answer\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sequential-order"))
                .andExpect(jsonPath("$.currentPosition").value(1));
    }

    @Test
    void aResultWhoseTopicWasDeletedHasNoTopicUrl() throws Exception {
        when(attempts.submit(OWNER, Snapshots.ID)).thenReturn(Snapshots.finished());
        org.mockito.Mockito.doReturn(List.of()).when(topics).findSlugsIn(any());

        mvc.perform(post(API + "/submit").cookie(COOKIE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[0].topic.slug").value("tcp-connection-states"))
                .andExpect(jsonPath("$.questions[0].topic.url").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void theResultExplainsEveryQuestion() throws Exception {
        when(attempts.submit(OWNER, Snapshots.ID)).thenReturn(Snapshots.finished());

        mvc.perform(post(API + "/submit").cookie(COOKIE).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(1.5))
                .andExpect(jsonPath("$.percent").value(50.0))
                .andExpect(jsonPath("$.finishedAt").value("2030-03-04T10:08:00Z"))
                .andExpect(jsonPath("$.timeUsedSeconds").value(480))
                .andExpect(jsonPath("$.finishReason").value("expired"))
                .andExpect(jsonPath("$.questions[0].verdict").value("correct"))
                .andExpect(jsonPath("$.questions[0].correctAnswer").value("a"))
                .andExpect(jsonPath("$.questions[0].topic.url").value("/topics/tcp-connection-states"))
                .andExpect(jsonPath("$.questions[0].topic.title").value("TCP 连接状态"))
                .andExpect(jsonPath("$.questions[0].explanation").value(containsString("（中）")))
                .andExpect(jsonPath("$.questions[1].answer[1]").value("c"))
                .andExpect(jsonPath("$.questions[1].verdict").value("wrong"))
                .andExpect(jsonPath("$.questions[2].points").value(0.5))
                .andExpect(jsonPath("$.questions[2].correctAnswer[0]").value("CLOSE_WAIT"));
    }

    @Test
    void theBankListsWhatQuizzesCanBeBuilt() throws Exception {
        mvc.perform(get("/api/quizzes/bank").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").value("networking"))
                .andExpect(jsonPath("$[0].questions").value(10))
                .andExpect(jsonPath("$[0].topics[1].slug").value("websocket"));
    }
}
