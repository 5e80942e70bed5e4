package dev.interviewlab.account.throttling;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The throttle behind the real sign-in form: what a visitor sees, and that a lock holds even for the right password. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@DatabaseTest
class SignInThrottlingTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private static final String BLOCKED = "/login?blocked=";

    @Autowired
    MutableClock clock;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPasswordUntilFifteenMinutesPass() throws Exception {
        String name = newAccount();
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 5; i++) {
            signIn(name, "wrong password", "10.20.0.1", session);
            clock.advance(Duration.ofSeconds(30));
        }
        clock.advance(Duration.ofSeconds(-30));
        String locked = signIn(name, PASSWORD, "10.20.0.2", session);
        assertThat(locked).startsWith(BLOCKED);
        assertThat(page(locked, "en")).contains("Too many failed sign-ins").contains("try again in 15 minutes");
        clock.advance(Duration.ofMinutes(10));
        String stillLocked = signIn(name, PASSWORD, "10.20.0.2", session);
        assertThat(stillLocked).startsWith(BLOCKED);
        assertThat(page(stillLocked, "zh")).contains("登录失败次数过多").contains("5 分钟后再试");
        clock.advance(Duration.ofMinutes(5));
        assertThat(signIn(name, PASSWORD, "10.20.0.2", session)).isEqualTo("/today");
    }

    @Test
    void theThirdFailureAsksForAShortWaitAndSaysSo() throws Exception {
        String name = newAccount();
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(name, "wrong password", "10.21.0.1", session)).isEqualTo("/login?error");
        assertThat(signIn(name, "wrong password", "10.21.0.1", session)).isEqualTo("/login?error");
        String slowed = signIn(name, "wrong password", "10.21.0.1", session);
        assertThat(slowed).isEqualTo(BLOCKED + "5");
        assertThat(page(slowed, "en")).contains("Please wait 5 seconds and try again.");
        clock.advance(Duration.ofSeconds(5));
        assertThat(signIn(name, PASSWORD, "10.21.0.1", session)).isEqualTo("/today");
    }

    @Test
    void anUnknownNameIsTreatedExactlyLikeAnExistingOne() throws Exception {
        String existing = newAccount();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            String forExisting = signIn(existing, "wrong password", "10.22.0." + i, new MockHttpSession());
            String forUnknown = signIn(unknown, "wrong password", "10.23.0." + i, new MockHttpSession());
            assertThat(forUnknown).as("attempt %d", i + 1).isEqualTo(forExisting);
            clock.advance(Duration.ofMinutes(1));
        }
        MockHttpSession existingSession = new MockHttpSession();
        MockHttpSession unknownSession = new MockHttpSession();
        clock.advance(Duration.ofMinutes(-1));
        String forExisting = signIn(existing, "x", "10.22.1.1", existingSession);
        String forUnknown = signIn(unknown, "x", "10.23.1.1", unknownSession);
        assertThat(alert(page(forUnknown, "en"))).isEqualTo(alert(page(forExisting, "en")))
                .contains("try again in 15 minutes");
    }

    @Test
    void aSuccessfulSignInStartsTheAccountsCountAfresh() throws Exception {
        String name = newAccount();
        signIn(name, "wrong password", "10.24.0.1", new MockHttpSession());
        signIn(name, "wrong password", "10.24.0.1", new MockHttpSession());
        assertThat(signIn(name, PASSWORD, "10.24.0.1", new MockHttpSession())).isEqualTo("/today");
        assertThat(signIn(name, "wrong password", "10.24.0.1", new MockHttpSession())).isEqualTo("/login?error");
        assertThat(signIn(name, "wrong password", "10.24.0.1", new MockHttpSession())).isEqualTo("/login?error");
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedForEveryName() throws Exception {
        String name = newAccount();
        for (int i = 0; i < 10; i++) {
            signIn("guess-" + i + "-" + name, "wrong password", "10.25.0.1", new MockHttpSession());
        }
        assertThat(signIn(name, PASSWORD, "10.25.0.1", new MockHttpSession())).startsWith(BLOCKED);
        assertThat(signIn(name, PASSWORD, "10.25.0.2", new MockHttpSession())).isEqualTo("/today");
    }

    private String newAccount() {
        String name = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, "Throttled", PASSWORD, PASSWORD);
        return name;
    }

    private String signIn(String username, String password, String address, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    /** The sign-in page a refused sign-in redirected to, in a fresh browser: the wait travels in the address. */
    private String page(String redirect, String language) throws Exception {
        return mvc.perform(get(redirect).param("lang", language)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aBlockedAddressThatIsNotANumberOfSecondsShowsNoWait() throws Exception {
        for (String blocked : new String[] {"", "abc", "-5", "0", "99999999", "1e9"}) {
            String html = mvc.perform(get("/login").param("blocked", blocked)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(alert(html)).as("blocked=%s", blocked).isEmpty();
        }
    }

    private static String alert(String html) {
        return Jsoup.parse(html).select("[role=alert]").text();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
