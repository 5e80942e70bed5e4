package dev.interviewlab.admin;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountRepository;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.progress.LearnerAccounts;
import dev.interviewlab.quiz.attempt.AttemptService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins list accounts and change roles; the last admin keeps the role. Its own database (the
 * property below gives it its own context), since it takes the admin role from every other admin.
 */
@SpringBootTest(properties = "interviewlab.test.database=accounts-admin")
@AutoConfigureMockMvc
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAdminTest {

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

    private LearnerAccounts learners;
    private Account admin;

    @BeforeAll
    void accounts() {
        learners = new LearnerAccounts(accountService, users, attempts);
        admin = learners.create("boss", Role.ADMIN);
    }

    @Test
    void theListShowsEveryAccountWithItsRoleAndNumberOfAttempts() throws Exception {
        Account ada = learners.create("listed", Role.LEARNER);
        learners.attempt(ada, true);
        learners.attempt(ada, false);
        learners.attempt(ada, true);
        String page = mvc.perform(get("/admin/accounts").with(learners.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("id=\"account-" + ada.getId() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(ada.getUsername()).contains(ada.getDisplayName()).contains("<td>3</td>")
                .contains("value=\"learner\" selected").contains("/admin/accounts/" + ada.getId() + "/progress");
        assertThat(page).contains(admin.getUsername());
    }

    @Test
    void theProgressOfALearnerSpeaksOfTheLearnerNotOfTheAdmin() throws Exception {
        Account ada = learners.create("inspected", Role.LEARNER);
        learners.attempt(ada, true);
        String page = mvc.perform(get("/admin/accounts/" + ada.getId() + "/progress").with(learners.as(admin)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ada.getDisplayName() + " has read 0 of ").contains("No bookmarks.")
                .doesNotContain("You have read").doesNotContain("The button on a topic");
        String zh = mvc.perform(get("/admin/accounts/" + ada.getId() + "/progress").with(learners.as(admin)).param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains(ada.getDisplayName() + " 已读 ").doesNotContain("你已读");
    }

    @Test
    void anAdminChangesARole() throws Exception {
        Account ada = learners.create("promoted", Role.LEARNER);
        mvc.perform(post("/admin/accounts/" + ada.getId() + "/role").with(csrf()).with(learners.as(admin)).param("role", "editor"))
                .andExpect(redirectedUrl("/admin/accounts?roleChanged=" + ada.getId()));
        assertThat(accountService.find(ada.getId()).getRole()).isEqualTo(Role.EDITOR);
        mvc.perform(get("/admin/accounts").with(learners.as(admin)).param("roleChanged", ada.getId().toString()))
                .andExpect(content().string(containsString("The role was changed.")));
    }

    @Test
    void badRoleChangesAreRefused() throws Exception {
        Account ada = learners.create("unchanged", Role.LEARNER);
        for (String role : new String[] {"superuser", "", "ROLE_ADMIN"}) {
            mvc.perform(post("/admin/accounts/" + ada.getId() + "/role").with(csrf()).with(learners.as(admin)).param("role", role))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Choose learner, editor or administrator.")));
        }
        mvc.perform(post("/admin/accounts/" + ada.getId() + "/role").with(csrf()).with(learners.as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/accounts/" + Long.MAX_VALUE + "/role").with(csrf()).with(learners.as(admin)).param("role", "editor"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/accounts/nobody/role").with(csrf()).with(learners.as(admin)).param("role", "editor"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/accounts/" + ada.getId() + "/role").with(csrf()).with(learners.as(ada)).param("role", "admin"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + ada.getId() + "/role").with(learners.as(admin)).param("role", "admin"))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(accountService.find(ada.getId()).getRole()).isEqualTo(Role.LEARNER);
    }

    @Test
    void theLastAdminKeepsTheRole() throws Exception {
        Account deputy = learners.create("deputy", Role.ADMIN);
        List<Long> demoted = new ArrayList<>();
        try {
            for (Account other : accountRepository.findAll()) {
                if (other.getRole() == Role.ADMIN && !other.getId().equals(deputy.getId())) {
                    mvc.perform(post("/admin/accounts/" + other.getId() + "/role").with(csrf()).with(learners.as(deputy))
                            .param("role", "editor")).andExpect(status().is3xxRedirection());
                    demoted.add(other.getId());
                }
            }
            mvc.perform(post("/admin/accounts/" + deputy.getId() + "/role").with(csrf()).with(learners.as(deputy)).param("role", "learner"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("This is the last administrator")))
                    .andExpect(content().string(matchesPattern("(?s).*aria-invalid=\"true\" aria-describedby=\"role-error-" + deputy.getId() + "\".*")));
            assertThat(accountService.find(deputy.getId()).getRole()).isEqualTo(Role.ADMIN);
            // an admin may stay an admin: saving the same role again is no demotion
            mvc.perform(post("/admin/accounts/" + deputy.getId() + "/role").with(csrf()).with(learners.as(deputy)).param("role", "admin"))
                    .andExpect(status().is3xxRedirection());
        } finally {
            // on PostgreSQL the test classes share one database: other tests sign in as these admins
            demoted.forEach(id -> accountService.grant(id, Role.ADMIN));
        }
    }
}
