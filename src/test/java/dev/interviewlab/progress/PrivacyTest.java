package dev.interviewlab.progress;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountRepository;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptRepository;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.OwnerType;
import dev.interviewlab.quiz.attempt.AttemptScored;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.ReviewService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A learner takes their data away as JSON, and closes their account with everything it owned. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    UserDetailsService users;

    @Autowired
    AttemptService attempts;

    @Autowired
    AttemptRepository attemptRepository;

    @Autowired
    ProgressService progress;

    @Autowired
    JsonMapper json;

    @Autowired
    ReviewService reviews;

    @Autowired
    QuizItemRepository items;

    @Autowired
    dev.interviewlab.review.ReviewPreferencesService reviewPreferences;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    dev.interviewlab.review.ScenarioReviews scenarioReviews;

    private LearnerAccounts learners;

    @BeforeAll
    void accounts() {
        learners = new LearnerAccounts(accountService, users, attempts);
    }

    @Test
    void theExportHoldsTheProfileMarksAndAttemptsWithAnswersButNoPasswordHash() throws Exception {
        Account ada = learners.create("exporter", Role.LEARNER);
        Account other = learners.create("bystander", Role.LEARNER);
        progress.bookmark(ada.getId(), "websocket");
        progress.markRead(ada.getId(), "tcp-connection-states", true);
        progress.bookmark(other.getId(), "git-merge-vs-rebase");
        AttemptOwner owner = AttemptOwner.account(ada.getId());
        String attemptId = learners.attempt(ada, false);
        attempts.flag(owner, attemptId, 1, true);
        attempts.submit(owner, attemptId);
        String othersAttempt = learners.attempt(other, true);

        MockHttpServletResponse response = mvc.perform(get("/account/export").with(learners.as(ada)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment").contains("interview-lab-" + ada.getUsername() + ".json");
        assertThat(response.getContentType()).startsWith("application/json");
        String body = response.getContentAsString();
        assertThat(body).doesNotContain("{bcrypt}").doesNotContain(ada.getPasswordHash()).doesNotContainIgnoringCase("password")
                .doesNotContain(othersAttempt).doesNotContain("git-merge-vs-rebase").doesNotContain(other.getUsername());

        JsonNode export = json.readTree(body);
        assertThat(export.get("format").asString()).isEqualTo(DataExport.FORMAT);
        assertThat(export.get("account").get("username").asString()).isEqualTo(ada.getUsername());
        assertThat(export.get("account").get("displayName").asString()).isEqualTo(ada.getDisplayName());
        assertThat(export.get("account").get("role").asString()).isEqualTo("learner");
        assertThat(export.get("account").get("createdAt").asString()).isNotBlank();
        assertThat(export.get("bookmarks")).hasSize(1);
        assertThat(export.get("bookmarks").get(0).get("topic").asString()).isEqualTo("websocket");
        assertThat(export.get("readTopics").get(0).get("topic").asString()).isEqualTo("tcp-connection-states");
        JsonNode attempt = export.get("quizAttempts").get(0);
        assertThat(export.get("quizAttempts")).hasSize(1);
        assertThat(attempt.get("id").asString()).isEqualTo(attemptId);
        assertThat(attempt.get("status").asString()).isEqualTo("finished");
        assertThat(attempt.get("score").asDouble()).isEqualTo(0.0);
        assertThat(attempt.get("finishedAt").asString()).isNotBlank();
        assertThat(attempt.get("questions")).hasSize(2);
        JsonNode first = attempt.get("questions").get(0);
        assertThat(first.get("flagged").asBoolean()).isTrue();
        assertThat(first.get("answer").isNull()).isTrue();
        assertThat(first.get("points").asDouble()).isEqualTo(0.0);
        assertThat(first.get("prompt").get("en").asString()).isNotBlank();
        assertThat(first.get("prompt").get("zh").asString()).isNotBlank();
        assertThat(first.get("correctAnswer").isNull()).isFalse();
        assertThat(first.get("topic").asString()).isNotBlank();
    }

    @Test
    void anAnswerIsExportedInTheQuizApisShape() throws Exception {
        Account ada = learners.create("answerer", Role.LEARNER);
        AttemptOwner owner = AttemptOwner.account(ada.getId());
        String attemptId = learners.attempt(ada, false);
        // the right answer, given as the API would send it (an open attempt's snapshot holds no key)
        var item = transactions.execute(status -> {
            var drawn = attemptRepository.findByPublicId(attemptId).orElseThrow().question(1).getItem();
            return java.util.Map.entry(drawn.getType(), drawn.answerKey());
        });
        Object answer = dev.interviewlab.quiz.attempt.AnswerJson.of(item.getValue());
        if (answer instanceof List<?> accepted && item.getKey() == dev.interviewlab.quiz.bank.ItemType.FILL_IN) {
            answer = accepted.get(0);
        }
        attempts.answer(owner, attemptId, 1, new RawAnswer.Json(answer));
        attempts.submit(owner, attemptId);

        JsonNode first = json.readTree(mvc.perform(get("/account/export").with(learners.as(ada))).andReturn()
                .getResponse().getContentAsString()).get("quizAttempts").get(0).get("questions").get(0);
        assertThat(json.treeToValue(first.get("answer"), Object.class)).isEqualTo(answer);
        assertThat(first.get("points").asDouble()).isEqualTo(1.0);
        assertThat(first.get("answeredAt").asString()).isNotBlank();
    }

    /** A finished attempt of the owner that answered the given items (with full points or none): their cards are reviewed. */
    private void reviewed(Account account, QuizItem item, boolean right) {
        AttemptOwner owner = AttemptOwner.account(account.getId());
        long attempt = attemptRepository.findByPublicId(learners.attempt(account, true)).orElseThrow().getId();
        reviews.quizScored(new AttemptScored(owner, attempt, Instant.parse("2026-01-02T03:04:05Z"),
                List.of(new AttemptScored.AnsweredItem(item.getId(), right ? 1000 : 0))));
    }

    @Test
    void theExportHoldsTheLearnersOwnReviewCardsAndReviewLog() throws Exception {
        Account ada = learners.create("reviewer", Role.LEARNER);
        Account other = learners.create("rival", Role.LEARNER);
        List<QuizItem> twoItems = items.findAll().stream().limit(2).toList();
        reviewed(ada, twoItems.get(0), false);
        reviewed(other, twoItems.get(1), true);
        reviewPreferences.save(AttemptOwner.account(ada.getId()), new dev.interviewlab.review.ReviewPreferencesService.SettingsInput(
                0.85, java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString(), List.of(), 3), java.time.ZoneId.of("Asia/Shanghai"));
        reviewPreferences.save(AttemptOwner.account(other.getId()), new dev.interviewlab.review.ReviewPreferencesService.SettingsInput(
                0.75, "", List.of(), 1), java.time.ZoneOffset.UTC);

        JsonNode export = json.readTree(mvc.perform(get("/account/export").with(learners.as(ada))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(export.get("reviewCards")).hasSize(1);
        JsonNode card = export.get("reviewCards").get(0);
        assertThat(card.get("item").asString()).isEqualTo(twoItems.get(0).getKey());
        assertThat(card.get("state").asString()).isEqualTo("learning");
        assertThat(card.get("stability").asDouble()).isEqualTo(0.2172); // FSRS-6's w0: a first Again
        assertThat(card.get("due").asString()).isEqualTo("2026-01-02T03:05:05Z");
        assertThat(export.get("reviewLog")).hasSize(1);
        JsonNode review = export.get("reviewLog").get(0);
        assertThat(review.get("item").asString()).isEqualTo(twoItems.get(0).getKey());
        assertThat(review.get("grade").asString()).isEqualTo("again");
        assertThat(review.get("source").asString()).isEqualTo("quiz");
        assertThat(review.get("reviewedAt").asString()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(review.get("stateBefore").asString()).isEqualTo("new");
        assertThat(review.get("stabilityBefore").isNull()).isTrue();
        assertThat(review.get("stateAfter").asString()).isEqualTo("learning");
        JsonNode settings = export.get("reviewPreferences");
        assertThat(settings.get("desiredRetention").asDouble()).isEqualTo(0.85);
        assertThat(settings.get("planExposures").asInt()).isEqualTo(3);
        assertThat(settings.get("planZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(settings.get("interviewDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void theExportHoldsPredictModesScenarioCardsAfterTheItemCards() throws Exception {
        Account ada = learners.create("predictor", Role.LEARNER);
        QuizItem item = items.findAll().get(0);
        reviewed(ada, item, true);
        scenarioReviews.missed(AttemptOwner.account(ada.getId()), "tcp:next-state");

        JsonNode export = json.readTree(mvc.perform(get("/account/export").with(learners.as(ada))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(export.get("reviewCards")).hasSize(2);
        assertThat(export.get("reviewCards").get(0).get("item").asString()).isEqualTo(item.getKey());
        JsonNode scenario = export.get("reviewCards").get(1);
        assertThat(scenario.get("item").isNull()).isTrue();
        assertThat(scenario.get("scenario").asString()).isEqualTo("tcp:next-state");
        assertThat(scenario.get("seed").isNumber()).isTrue();
        assertThat(export.get("reviewLog")).hasSize(2);
        assertThat(export.get("reviewLog")).anySatisfy(review -> {
            assertThat(review.get("scenario").asString()).isEqualTo("tcp:next-state");
            assertThat(review.get("source").asString()).isEqualTo("predict");
            assertThat(review.get("grade").asString()).isEqualTo("again");
        });
    }

    @Test
    void aWrongPasswordDeletesNothing() throws Exception {
        Account ada = learners.create("hesitant", Role.LEARNER);
        progress.bookmark(ada.getId(), "websocket");
        learners.attempt(ada, true);
        for (String password : new String[] {"", "not my password"}) {
            mvc.perform(post("/account/delete").with(csrf()).with(learners.as(ada)).param("password", password))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("This is not your current password.")))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        }
        // no password at all is a third wrong one, which makes the next try wait (SecretThrottlingTest)
        mvc.perform(post("/account/delete").with(csrf()).with(learners.as(ada)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("This is not your current password.")));
        mvc.perform(post("/account/delete").with(learners.as(ada)).param("password", LearnerAccounts.PASSWORD))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(accountRepository.findById(ada.getId())).isPresent();
        assertThat(progress.bookmarks(ada.getId())).hasSize(1);
        assertThat(attemptRepository.findAllOf(OwnerType.ACCOUNT, ada.getId().toString())).hasSize(1);
    }

    @Autowired
    ApplicationContext context;

    /** Spring Session's repository when sessions live in the database (postgres profile), else null. */
    private FindByIndexNameSessionRepository<?> sessionsInTheDatabase() {
        return context.getBeanProvider(FindByIndexNameSessionRepository.class).getIfAvailable();
    }

    /** A session of the account's in the database, as a sign-in on another instance leaves one. */
    private static <S extends Session> void signedInElsewhere(FindByIndexNameSessionRepository<S> sessions, String username) {
        S session = sessions.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        sessions.save(session);
        assertThat(sessions.findByPrincipalName(username)).hasSize(1);
    }

    @Test
    void deletingTheAccountTakesEverythingSignsOutAndFreesTheUsername() throws Exception {
        Account ada = learners.create("leaving", Role.LEARNER);
        Account other = learners.create("staying", Role.LEARNER);
        progress.bookmark(ada.getId(), "websocket");
        progress.markRead(ada.getId(), "websocket", true);
        learners.attempt(ada, true);
        learners.attempt(ada, false);
        QuizItem item = items.findAll().get(0);
        reviewed(ada, item, true);
        reviewed(other, item, true);
        reviewPreferences.save(AttemptOwner.account(ada.getId()), new dev.interviewlab.review.ReviewPreferencesService.SettingsInput(
                0.80, "", List.of(), 2), java.time.ZoneOffset.UTC);
        progress.bookmark(other.getId(), "websocket");
        String othersAttempt = learners.attempt(other, true);

        mvc.perform(get("/account/delete").with(learners.as(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete my account and data")));
        FindByIndexNameSessionRepository<?> sessionsInTheDatabase = sessionsInTheDatabase();
        if (sessionsInTheDatabase != null) {
            signedInElsewhere(sessionsInTheDatabase, ada.getUsername());
        }
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/account/delete").session(session).with(csrf()).with(learners.as(ada))
                        .param("password", LearnerAccounts.PASSWORD))
                .andExpect(redirectedUrl("/goodbye")).andReturn();
        if (sessionsInTheDatabase != null) {
            // Spring Session (postgres profile): MockMvc's container session is not one of the database's; the
            // account's sessions there, on whichever instance they began, are what must end
            assertThat(sessionsInTheDatabase.findByPrincipalName(ada.getUsername())).as("signed out everywhere").isEmpty();
        } else {
            assertThat(session.isInvalid()).as("signed out").isTrue();
        }
        assertThat(result.getResponse().getCookie("remember-me").getMaxAge()).isZero();
        assertThat(result.getResponse().getCookie("learner").getMaxAge()).isZero();
        mvc.perform(get("/goodbye")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your account and all its data are deleted")));

        assertThat(accountRepository.findById(ada.getId())).isEmpty();
        assertThat(progress.bookmarks(ada.getId())).isEmpty();
        assertThat(progress.reads(ada.getId())).isEmpty();
        assertThat(attemptRepository.findAllOf(OwnerType.ACCOUNT, ada.getId().toString())).isEmpty();
        assertThat(progress.bookmarks(other.getId())).as("others keep theirs").hasSize(1);
        assertThat(attemptRepository.findByPublicId(othersAttempt)).isPresent();
        assertThat(reviews.cards(AttemptOwner.account(ada.getId()))).isEmpty();
        assertThat(reviews.log(AttemptOwner.account(ada.getId()))).isEmpty();
        assertThat(reviews.log(AttemptOwner.account(other.getId()))).as("others keep theirs").hasSize(1);
        assertThat(reviewPreferences.settings(AttemptOwner.account(ada.getId())).desiredRetention()).as("back to the default")
                .isEqualTo(0.90);

        mvc.perform(post("/register").with(csrf()).param("username", ada.getUsername()).param("displayName", "Ada again")
                        .param("password", "a brand new passphrase").param("confirmation", "a brand new passphrase"))
                .andExpect(status().is3xxRedirection());
        assertThat(accountRepository.findByUsername(ada.getUsername())).get()
                .extracting(Account::getDisplayName).isEqualTo("Ada again");
    }
}
