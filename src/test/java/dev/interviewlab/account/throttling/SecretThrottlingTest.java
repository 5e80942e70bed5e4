package dev.interviewlab.account.throttling;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountRepository;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The other places a password is guessed or hashed on request are throttled like the sign-in:
 * the current password asked by the password change and the account deletion (per account), and
 * registration (per address, with thresholds of its own for a classroom). A throttled form answers
 * 429 with how long to wait, keeps what was typed (but passwords) and saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@DatabaseTest
class SecretThrottlingTest {

    private static final String PASSWORD = "an old passphrase here";
    private static final String NEW_PASSWORD = "a fresh passphrase here";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MutableClock clock;

    @Test
    void wrongCurrentPasswordsSlowThePasswordFormDownThenLockItEvenForTheRightOne() throws Exception {
        Account account = newAccount();
        assertThat(changePassword(account, "wrong one", "en").getStatus()).isEqualTo(400);
        assertThat(changePassword(account, "wrong two", "en").getStatus()).isEqualTo(400);

        MockHttpServletResponse third = changePassword(account, "wrong three", "en");
        assertThat(third.getStatus()).isEqualTo(429);
        assertThat(third.getHeader("Retry-After")).isEqualTo("5");
        assertThat(alert(third)).isEqualTo("Too many wrong passwords. Please wait 5 seconds and try again; nothing was changed.");
        assertThat(third.getContentAsString()).contains("This is not your current password.");

        MockHttpServletResponse right = changePassword(account, PASSWORD, "en");
        assertThat(right.getStatus()).as("while waiting even the right password is refused").isEqualTo(429);
        assertThat(passwordIs(account, PASSWORD)).isTrue();

        clock.advance(Duration.ofSeconds(5));
        assertThat(changePassword(account, "wrong four", "en").getHeader("Retry-After")).isEqualTo("10");
        clock.advance(Duration.ofSeconds(10));
        MockHttpServletResponse locked = changePassword(account, "wrong five", "en");
        assertThat(alert(locked)).contains("please try again in 15 minutes");
        clock.advance(Duration.ofMinutes(10));
        MockHttpServletResponse chinese = changePassword(account, PASSWORD, "zh");
        assertThat(chinese.getStatus()).isEqualTo(429);
        assertThat(alert(chinese)).contains("密码错误次数过多").contains("5 分钟后再试");
        assertThat(passwordIs(account, PASSWORD)).isTrue();

        clock.advance(Duration.ofMinutes(5));
        MockHttpServletResponse done = changePassword(account, PASSWORD, "en");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(passwordIs(account, NEW_PASSWORD)).isTrue();
    }

    @Test
    void wrongPasswordsOnTheDeleteFormAreThrottledAndNothingIsDeleted() throws Exception {
        Account account = newAccount();
        Account bystander = newAccount();
        assertThat(delete(account, "wrong one").getStatus()).isEqualTo(400);
        assertThat(delete(account, "").getStatus()).as("an empty password is a wrong one").isEqualTo(400);
        MockHttpServletResponse third = delete(account, "wrong three");
        assertThat(third.getStatus()).isEqualTo(429);
        assertThat(alert(third)).startsWith("Too many wrong passwords. Please wait 5 seconds");
        assertThat(third.getContentAsString()).contains("This is not your current password.");
        assertThat(delete(account, PASSWORD).getStatus()).isEqualTo(429);
        assertThat(repository.findById(account.getId())).isPresent();

        assertThat(changePassword(bystander, PASSWORD, "en").getStatus()).as("counted per account").isEqualTo(302);

        clock.advance(Duration.ofSeconds(5));
        MockHttpServletResponse deleted = delete(account, PASSWORD);
        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/goodbye");
        assertThat(repository.findById(account.getId())).isEmpty();
    }

    @Test
    void oneAddressCreatingManyAccountsWaitsAndNothingIsSavedMeanwhile() throws Exception {
        String prefix = "many-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        for (int i = 0; i < 20; i++) {
            assertThat(register(prefix + i, "10.30.0.1").getStatus()).as("registration %d", i + 1).isEqualTo(302);
        }
        MockHttpServletResponse next = register(prefix + "20", "10.30.0.1");
        assertThat(next.getStatus()).isEqualTo(429);
        assertThat(next.getHeader("Retry-After")).isEqualTo("2");
        assertThat(alert(next)).isEqualTo("Many accounts were just created from your network. Please wait 2 seconds and register again.");
        var form = Jsoup.parse(next.getContentAsString());
        assertThat(form.select("#username").val()).as("the form is kept").isEqualTo(prefix + "20");
        assertThat(form.select("#displayName").val()).isEqualTo("Person " + prefix + "20");
        assertThat(form.select("#password").val()).isEmpty();
        assertThat(repository.existsByUsername(prefix + "20")).as("nothing saved").isFalse();

        assertThat(register(prefix + "other", "10.30.0.2").getStatus()).as("another address").isEqualTo(302);
        MockHttpServletResponse bad = mvc.perform(post("/register").with(csrf()).with(from("10.30.0.1"))).andReturn().getResponse();
        assertThat(bad.getStatus()).as("an empty form while waiting: still 429, no 500").isEqualTo(429);

        clock.advance(Duration.ofSeconds(2));
        assertThat(register(prefix + "20", "10.30.0.1").getStatus()).isEqualTo(302);
        assertThat(repository.existsByUsername(prefix + "20")).isTrue();
    }

    @Test
    void aClassroomBehindOneAddressRegistersThirtyPeopleInALesson() throws Exception {
        String prefix = "pupil-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        for (int i = 0; i < 30; i++) {
            MockHttpServletResponse registered = register(prefix + i, "10.32.0.1");
            assertThat(registered.getStatus()).as("pupil %d", i + 1).isEqualTo(302);
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(repository.existsByUsername(prefix + "29")).isTrue();
    }

    @Test
    void refusedRegistrationsDoNotCount() throws Exception {
        for (int i = 0; i < 12; i++) {
            MockHttpServletResponse refused = mvc.perform(post("/register").with(csrf()).with(from("10.31.0.1"))
                    .param("username", "x").param("displayName", "").param("password", "short")).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(400);
        }
        assertThat(register("fine-" + UUID.randomUUID().toString().substring(0, 6), "10.31.0.1").getStatus()).isEqualTo(302);
    }

    private Account newAccount() {
        String name = "secret-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.register(name, "Secret", PASSWORD, PASSWORD);
    }

    private boolean passwordIs(Account account, String password) {
        return encoder.matches(password, repository.findById(account.getId()).orElseThrow().getPasswordHash());
    }

    private MockHttpServletResponse changePassword(Account account, String current, String language) throws Exception {
        return perform(post("/account/password").param("lang", language).with(as(account))
                .param("currentPassword", current).param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD));
    }

    private MockHttpServletResponse delete(Account account, String password) throws Exception {
        return perform(post("/account/delete").with(as(account)).param("password", password));
    }

    private MockHttpServletResponse register(String username, String address) throws Exception {
        return perform(post("/register").with(from(address)).param("username", username)
                .param("displayName", "Person " + username).param("password", PASSWORD).param("confirmation", PASSWORD));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private RequestPostProcessor as(Account account) {
        return user(users.loadUserByUsername(account.getUsername()));
    }

    private static String alert(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString()).select("[role=alert]").text();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
