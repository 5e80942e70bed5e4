package dev.interviewlab.progress;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.attempt.AttemptNotFoundException;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptStatus;
import dev.interviewlab.quiz.attempt.QuizRequest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint that takes an attempt or bookmark id checks the owner: another signed-in learner
 * and a guest get 404 and change nothing, the owner gets on. Admins look at a learner's data only
 * through /admin/accounts/{id}/…, read-only, and there too the attempt must be that learner's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerChecksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    UserDetailsService users;

    @Autowired
    AttemptService attempts;

    @Autowired
    ProgressService progress;

    private LearnerAccounts learners;
    private Account owner;
    private Account other;
    private Account admin;

    @BeforeAll
    void accounts() {
        learners = new LearnerAccounts(accountService, users, attempts);
        owner = learners.create("owner", Role.LEARNER);
        other = learners.create("other", Role.LEARNER);
        admin = learners.create("admin", Role.ADMIN);
    }

    /**
     * @param finished whether the attempt is submitted before the requests
     * @param ownerStatus what the owner gets (the PUT of a null answer passes the owner check and
     *                    then fails the answer check)
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /quizzes/attempts/{id}                              |                     | false | 200
            POST   | /quizzes/attempts/{id}                              | question=1&go=review | false | 302
            GET    | /quizzes/attempts/{id}/review                       |                     | false | 200
            POST   | /quizzes/attempts/{id}/submit                       |                     | false | 302
            GET    | /quizzes/attempts/{id}/result                       |                     | true  | 200
            GET    | /api/quizzes/attempts/{id}                          |                     | false | 200
            PUT    | /api/quizzes/attempts/{id}/questions/1/answer       | {"answer": null}    | false | 400
            DELETE | /api/quizzes/attempts/{id}/questions/1/answer       |                     | false | 200
            PUT    | /api/quizzes/attempts/{id}/questions/1/flag         | {"flagged": true}   | false | 200
            POST   | /api/quizzes/attempts/{id}/next                     |                     | false | 200
            POST   | /api/quizzes/attempts/{id}/submit                   |                     | false | 200
            GET    | /api/quizzes/attempts/{id}/result                   |                     | true  | 200
            """)
    void anotherLearnerAndAGuestGetNotFoundAndTheOwnerGetsOn(String method, String path, String body, boolean finished,
                                                             int ownerStatus) throws Exception {
        String id = learners.attempt(owner, finished);
        String url = path.replace("{id}", id);

        assertThat(status(method, url, body, learners.as(other))).as("another learner").isEqualTo(404);
        assertThat(status(method, url, body, null)).as("a guest").isEqualTo(404);
        var untouched = attempts.view(AttemptOwner.account(owner.getId()), id);
        assertThat(untouched.status()).as("nothing changed").isEqualTo(finished ? AttemptStatus.FINISHED : AttemptStatus.OPEN);
        assertThat(untouched.flaggedCount()).isZero();
        assertThat(untouched.currentPosition()).isEqualTo(1);

        assertThat(status(method, url, body, learners.as(owner))).as("the owner").isEqualTo(ownerStatus);
    }

    @Test
    void aGuestsAttemptBelongsToItsBrowserAlone() throws Exception {
        String learnerId = "g".repeat(43);
        AttemptOwner browser = AttemptOwner.browser(learnerId);
        String id = attempts.start(browser, new QuizRequest(List.of("networking"),
                List.of(), "any", 2, null, true, false)).id();
        for (String url : new String[] {"/quizzes/attempts/" + id, "/api/quizzes/attempts/" + id}) {
            assertThat(status("GET", url, null, learners.as(other))).as("a signed-in learner: " + url).isEqualTo(404);
            assertThat(status("GET", url, null, null)).as("another browser: " + url).isEqualTo(404);
            assertThat(mvc.perform(get(url).cookie(new Cookie("learner", learnerId)))
                    .andReturn().getResponse().getStatus()).as("its browser: " + url).isEqualTo(200);
        }
    }

    @Test
    void historyAndAttemptListsShowOnlyTheLearnersOwnAttempts() throws Exception {
        String id = learners.attempt(owner, true);
        assertThat(body("/quizzes/history", learners.as(owner))).contains(id);
        assertThat(body("/api/quizzes/attempts", learners.as(owner))).contains(id);
        assertThat(body("/quizzes/history", learners.as(other))).doesNotContain(id);
        assertThat(body("/api/quizzes/attempts", learners.as(other))).doesNotContain(id);
        assertThat(body("/quizzes/history", null)).doesNotContain(id);
    }

    @Test
    void onlyTheOwnerRemovesABookmark() throws Exception {
        Account owner = learners.create("bookmarker", Role.LEARNER);
        progress.bookmark(owner.getId(), "tcp-connection-states");
        long bookmarkId = progress.bookmarks(owner.getId()).get(0).id();
        String url = "/account/bookmarks/" + bookmarkId + "/delete";

        assertThat(status("POST", url, null, learners.as(other))).as("another learner").isEqualTo(404);
        assertThat(status("POST", url, null, null)).as("a guest is sent to sign in").isEqualTo(302);
        assertThat(progress.bookmarks(owner.getId())).hasSize(1);
        assertThat(body("/account/progress", learners.as(other))).doesNotContain("/account/bookmarks/" + bookmarkId);

        assertThat(status("POST", url, null, learners.as(owner))).as("the owner").isEqualTo(302);
        assertThat(progress.bookmarks(owner.getId())).isEmpty();
        assertThat(status("POST", url, null, learners.as(owner))).as("gone").isEqualTo(404);
    }

    @Test
    void anAdminSeesALearnersResultsReadOnlyAndLearnersDoNot() throws Exception {
        String id = learners.attempt(owner, true);
        String result = "/admin/accounts/" + owner.getId() + "/attempts/" + id;
        String history = "/admin/accounts/" + owner.getId() + "/history";
        String progressPage = "/admin/accounts/" + owner.getId() + "/progress";
        progress.bookmark(owner.getId(), "websocket");

        for (String url : new String[] {result, history, progressPage}) {
            assertThat(status("GET", url, null, learners.as(owner))).as("the learner themself: " + url).isEqualTo(403);
            assertThat(status("GET", url, null, learners.as(other))).as("another learner: " + url).isEqualTo(403);
            assertThat(status("GET", url, null, null)).as("a guest: " + url).isEqualTo(302);
        }
        assertThat(body(result, learners.as(admin))).contains(owner.getUsername()).doesNotContain("action=\"/quizzes");
        assertThat(body(history, learners.as(admin))).contains(result).doesNotContain("action=\"/quizzes");
        assertThat(body(progressPage, learners.as(admin))).contains("/topics/websocket")
                .doesNotContain("/account/bookmarks/");
    }

    @Test
    void anAdminStillNeedsTheRightLearnerForAnAttempt() throws Exception {
        String id = learners.attempt(owner, true);
        assertThat(status("GET", "/admin/accounts/" + other.getId() + "/attempts/" + id, null, learners.as(admin)))
                .isEqualTo(404);
        assertThat(status("GET", "/admin/accounts/" + Long.MAX_VALUE + "/attempts/" + id, null, learners.as(admin)))
                .isEqualTo(404);
        assertThat(status("GET", "/admin/accounts/" + Long.MAX_VALUE + "/progress", null, learners.as(admin)))
                .isEqualTo(404);
        assertThat(status("GET", "/admin/accounts/" + Long.MAX_VALUE + "/history", null, learners.as(admin)))
                .isEqualTo(404);
        assertThatThrownBy(() -> attempts.inspect(AttemptOwner.account(other.getId()), id))
                .isInstanceOf(AttemptNotFoundException.class);
    }

    @Test
    void anAdminLookingAtAnOpenAttemptNeitherClosesNorChangesIt() throws Exception {
        String id = learners.attempt(owner, false);
        MvcResult response = perform("GET", "/admin/accounts/" + owner.getId() + "/attempts/" + id, null, learners.as(admin));
        assertThat(response.getResponse().getStatus()).isEqualTo(302);
        assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/" + owner.getId() + "/history");
        assertThat(attempts.view(AttemptOwner.account(owner.getId()), id).isOpen()).isTrue();
    }

    private int status(String method, String url, String body, RequestPostProcessor account) throws Exception {
        return perform(method, url, body, account).getResponse().getStatus();
    }

    private String body(String url, RequestPostProcessor account) throws Exception {
        MvcResult result = perform("GET", url, null, account);
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private MvcResult perform(String method, String url, String body, RequestPostProcessor account) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(url) : request(HttpMethod.valueOf(method), url);
        request.with(csrf()).accept(url.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (body != null) {
            request.contentType(url.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
                    .content(body);
        }
        if (account != null) {
            request.with(account);
        }
        return mvc.perform(request).andReturn();
    }
}
