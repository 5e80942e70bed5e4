package dev.interviewlab.progress;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An account keeps at most {@value ProgressService#MAX_BOOKMARKS} bookmarks. Adds topics, so it has its own database. */
@SpringBootTest(properties = "interviewlab.test.database=accounts-admin")
@AutoConfigureMockMvc
@DatabaseTest
class BookmarkLimitTest {

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
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Test
    void theBookmarkBeyondTheLimitIsRefusedWithAMessage() throws Exception {
        LearnerAccounts learners = new LearnerAccounts(accountService, users, attempts);
        Account ada = learners.create("collector", Role.LEARNER);
        QuizTestData data = new QuizTestData(categories, topics, items);
        String category = data.category("many");
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i <= ProgressService.MAX_BOOKMARKS; i++) {
            slugs.add(data.topic("topic-" + i, category));
        }
        try {
            fillUpAndGoBeyond(learners, ada, slugs);
        } finally {
            // on PostgreSQL the test classes share one database: take the topics (and so the bookmarks) away
            topics.deleteAll(topics.findSummariesByCategorySlug(category).stream()
                    .map(summary -> topics.findBySlug(summary.slug()).orElseThrow()).toList());
            categories.delete(categories.findBySlug(category).orElseThrow());
        }
    }

    private void fillUpAndGoBeyond(LearnerAccounts learners, Account ada, List<String> slugs) throws Exception {
        for (String slug : slugs.subList(0, ProgressService.MAX_BOOKMARKS)) {
            progress.bookmark(ada.getId(), slug);
        }
        // bookmarking one already bookmarked is no new bookmark
        progress.bookmark(ada.getId(), slugs.get(0));

        mvc.perform(post("/account/bookmarks").with(csrf()).with(learners.as(ada)).param("topic", slugs.get(ProgressService.MAX_BOOKMARKS)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You have 500 bookmarks, the most an account can keep.")));
        assertThat(progress.bookmarks(ada.getId())).hasSize(ProgressService.MAX_BOOKMARKS);

        progress.removeBookmark(ada.getId(), progress.bookmarks(ada.getId()).get(0).id());
        progress.bookmark(ada.getId(), slugs.get(ProgressService.MAX_BOOKMARKS));
        assertThat(progress.bookmarks(ada.getId())).hasSize(ProgressService.MAX_BOOKMARKS);
    }
}
