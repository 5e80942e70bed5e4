package dev.interviewlab.progress;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.topic.ReaderMarks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bookmarks and read marks from the topic page to the progress page, and the bad input they refuse. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressTest {

    private static final String TOPIC = "/topics/tcp-connection-states";

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

    @Autowired
    ReaderMarks readerMarks;

    private LearnerAccounts learners;

    @BeforeAll
    void accounts() {
        learners = new LearnerAccounts(accountService, users, attempts);
    }

    @Test
    void aLearnerBookmarksATopicFromItsPageOnceAndRemovesIt() throws Exception {
        Account ada = learners.create("ada", Role.LEARNER);
        mvc.perform(get(TOPIC).with(learners.as(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/account/bookmarks\"")))
                .andExpect(content().string(containsString("Mark as read")));

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/account/bookmarks").with(csrf()).with(learners.as(ada))
                            .param("topic", "tcp-connection-states").param("back", "topic"))
                    .andExpect(redirectedUrl(TOPIC + "#marks"));
        }
        assertThat(progress.bookmarks(ada.getId())).extracting(Mark::topicSlug).containsExactly("tcp-connection-states");
        long id = progress.bookmarks(ada.getId()).get(0).id();
        mvc.perform(get(TOPIC).with(learners.as(ada)))
                .andExpect(content().string(containsString("action=\"/account/bookmarks/" + id + "/delete\"")));
        mvc.perform(get("/account/progress").with(learners.as(ada))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/topics/tcp-connection-states\"")))
                .andExpect(content().string(containsString("bookmarked 1")));

        mvc.perform(post("/account/bookmarks/" + id + "/delete").with(csrf()).with(learners.as(ada)))
                .andExpect(redirectedUrl("/account/progress?bookmarkRemoved"));
        assertThat(progress.bookmarks(ada.getId())).isEmpty();
    }

    @Test
    void guestsGetTheSameCachedPageWithASignInLinkInsteadOfButtons() throws Exception {
        Account ada = learners.create("reader", Role.LEARNER);
        progress.bookmark(ada.getId(), "tcp-connection-states");
        mvc.perform(get(TOPIC).with(learners.as(ada))).andExpect(content().string(containsString("Remove bookmark")));
        for (int i = 0; i < 2; i++) {
            mvc.perform(get(TOPIC)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Sign in to bookmark this topic")))
                    .andExpect(content().string(not(containsString("/account/bookmarks"))))
                    .andExpect(content().string(not(containsString("/account/reads"))));
        }
        mvc.perform(get(TOPIC).with(learners.as(ada))).andExpect(content().string(containsString("Remove bookmark")));
    }

    @Test
    void aLearnerMarksATopicReadAndTakesTheMarkBack() throws Exception {
        Account ada = learners.create("marker", Role.LEARNER);
        mvc.perform(post("/account/reads").with(csrf()).with(learners.as(ada))
                        .param("topic", "tcp-connection-states").param("read", "true"))
                .andExpect(redirectedUrl("/account/progress?read"));
        assertThat(readerMarks.of(ada.getId(), "tcp-connection-states").read()).isTrue();
        mvc.perform(get("/account/progress").with(learners.as(ada)))
                .andExpect(content().string(containsString("You have read 1 of")));
        mvc.perform(get(TOPIC).with(learners.as(ada))).andExpect(content().string(containsString("Mark as unread")));

        mvc.perform(post("/account/reads").with(csrf()).with(learners.as(ada))
                        .param("topic", "tcp-connection-states").param("read", "false").param("back", "topic"))
                .andExpect(redirectedUrl(TOPIC + "#marks"));
        assertThat(readerMarks.of(ada.getId(), "tcp-connection-states").read()).isFalse();
        assertThat(progress.reads(ada.getId())).isEmpty();
    }

    @Test
    void theProgressPageCountsPerCategoryWithQuizScores() throws Exception {
        Account ada = learners.create("counted", Role.LEARNER);
        progress.markRead(ada.getId(), "tcp-connection-states", true);
        learners.attempt(ada, true); // two networking questions, unanswered: 0 points
        var report = progress.report(ada.getId(), dev.interviewlab.web.Language.EN);
        var networking = report.categories().stream().filter(category -> category.slug().equals("networking"))
                .findFirst().orElseThrow();
        assertThat(networking.read()).isEqualTo(1);
        assertThat(networking.quizQuestions()).isEqualTo(2);
        assertThat(networking.quizPercent()).isEqualTo(0.0);
        assertThat(report.read()).isEqualTo(1);
        assertThat(report.topics()).isEqualTo(report.categories().stream().mapToInt(category -> category.topics().size()).sum());
        mvc.perform(get("/account/progress").with(learners.as(ada)))
                .andExpect(content().string(containsString("0 % over 2 questions")));
        mvc.perform(get("/account/progress").with(learners.as(ada)).param("lang", "zh"))
                .andExpect(content().string(containsString("我的进度")));
    }

    @Test
    void badMarksAreRefusedWithAMessageAndNothingSaved() throws Exception {
        Account ada = learners.create("careless", Role.LEARNER);
        expectRefusal(mvc.perform(post("/account/bookmarks").with(csrf()).with(learners.as(ada)).param("topic", "no-such-topic")),
                "There is no such topic.");
        expectRefusal(mvc.perform(post("/account/bookmarks").with(csrf()).with(learners.as(ada))), "There is no such topic.");
        expectRefusal(mvc.perform(post("/account/bookmarks").with(csrf()).with(learners.as(ada)).param("topic", "x".repeat(500))),
                "There is no such topic.");
        expectRefusal(mvc.perform(post("/account/reads").with(csrf()).with(learners.as(ada))
                .param("topic", "tcp-connection-states").param("read", "maybe")), "Say whether the topic is read");
        expectRefusal(mvc.perform(post("/account/reads").with(csrf()).with(learners.as(ada))
                .param("topic", "nope").param("read", "true")), "There is no such topic.");
        mvc.perform(post("/account/bookmarks/not-a-number/delete").with(csrf()).with(learners.as(ada)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/bookmarks/" + Long.MAX_VALUE + "/delete").with(csrf()).with(learners.as(ada)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/bookmarks").with(learners.as(ada)).param("topic", "tcp-connection-states"))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(progress.bookmarks(ada.getId())).isEmpty();
        assertThat(progress.reads(ada.getId())).isEmpty();
    }

    private static void expectRefusal(ResultActions result, String message) throws Exception {
        result.andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)));
    }
}
