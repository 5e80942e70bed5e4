package dev.interviewlab.account;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The table of {@code access-rules.csv}: every page and endpoint, asked by a guest and by an account
 * of each role, answers the status the table says.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest {

    /** Request bodies for the rows that need one (a valid request, so the answer is about access). */
    private static final Map<String, String> BODIES = Map.of(
            "/api/simulations/tcp", "{\"preset\":\"normal-close\"}");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @BeforeAll
    void createOneAccountPerRole() {
        for (Role role : Role.values()) {
            String name = "access-" + role.name().toLowerCase();
            if (!accounts.all().stream().anyMatch(account -> account.getUsername().equals(name))) {
                Account account = accounts.register(name, role.name(), "access rules password", "access rules password");
                accounts.grant(account.getId(), role);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}: guest {2}, learner {3}, editor {4}, admin {5}")
    @CsvFileSource(resources = "/access-rules.csv", numLinesToSkip = 1)
    void eachRoleGetsTheStatusTheTableSays(String method, String path, int guest, int learner, int editor, int admin)
            throws Exception {
        assertThat(status(method, path, null)).as("guest").isEqualTo(guest);
        assertThat(status(method, path, Role.LEARNER)).as("learner").isEqualTo(learner);
        assertThat(status(method, path, Role.EDITOR)).as("editor").isEqualTo(editor);
        assertThat(status(method, path, Role.ADMIN)).as("admin").isEqualTo(admin);
    }

    private int status(String method, String path, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf())
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
        String body = BODIES.get(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (role != null) {
            request.with(user(users.loadUserByUsername("access-" + role.name().toLowerCase())));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
