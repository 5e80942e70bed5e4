package dev.interviewlab.account;

import dev.interviewlab.DatabaseTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A new password is neither on the common-password list nor the username (NIST SP 800-63B
 * §3.1.1.2), at registration, at a password change and when the first admin replaces the one-time
 * password; the field says why, in English and Chinese, and nothing is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PasswordRulesTest {

    private static final String COMMON = "the list of common passwords";
    private static final String COMMON_ZH = "常见密码列表";
    private static final String USERNAME = "must not be your username";

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

    @Test
    void theShippedListHoldsTheUsualSuspectsWhateverTheirCaseAndSpaces() {
        assertThat(CommonPasswords.size()).isBetween(5_000, 20_000);
        assertThat(CommonPasswords.contains("password123")).isTrue();
        assertThat(CommonPasswords.contains("Qwertyuiop")).isTrue();
        assertThat(CommonPasswords.contains(" Pass Word 2024 ")).isTrue();
        assertThat(CommonPasswords.contains("1234567890")).isTrue();
        assertThat(CommonPasswords.contains("iloveyou123")).isTrue();
        assertThat(CommonPasswords.contains("purple monkey dishwasher 7")).isFalse();
        assertThat(CommonPasswords.contains(null)).isFalse();
    }

    @Test
    void registrationRefusesACommonPasswordInBothLanguages() throws Exception {
        String name = unique("common");
        MockHttpServletResponse english = register(name, "Password2024", "en");
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(fieldError(english, "password")).contains(COMMON);
        MockHttpServletResponse chinese = register(name, "QWERTYUIOP123", "zh");
        assertThat(chinese.getStatus()).isEqualTo(400);
        assertThat(fieldError(chinese, "password")).contains(COMMON_ZH);
        assertThat(Jsoup.parse(chinese.getContentAsString()).select("#username").val()).isEqualTo(name);
        assertThat(repository.existsByUsername(name)).isFalse();
    }

    @Test
    void registrationRefusesTheUsernameAsPasswordWhateverItsCase() throws Exception {
        String name = unique("samename");
        MockHttpServletResponse response = register(name, name.toUpperCase(), "en");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(fieldError(response, "password")).contains(USERNAME);
        assertThat(fieldError(register(name, name, "zh"), "password")).contains("密码不能与用户名相同");
        assertThat(repository.existsByUsername(name)).isFalse();
        assertThat(register(name, name + " and more words", "en").getStatus()).as("containing it is allowed").isEqualTo(302);
    }

    @Test
    void aPasswordChangeRefusesCommonPasswordsAndTheUsername() throws Exception {
        String name = unique("changer");
        Account account = accounts.register(name, "Changer", "my first passphrase", "my first passphrase");
        for (String weak : new String[] {"iloveyou123", "Welcome2024!", name}) {
            MockHttpServletResponse response = changePassword(account, "my first passphrase", weak);
            assertThat(response.getStatus()).as(weak).isEqualTo(400);
            assertThat(fieldError(response, "newPassword")).as(weak).containsAnyOf(COMMON, USERNAME);
        }
        assertThat(encoder.matches("my first passphrase", repository.findById(account.getId()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void theFirstAdminCannotReplaceTheOneTimePasswordWithACommonOne() throws Exception {
        String name = unique("firstadmin");
        Account admin = accounts.create(name, "OneTimePassword2345", Role.ADMIN, true);
        MockHttpServletResponse common = changePassword(admin, "OneTimePassword2345", "admin12345");
        assertThat(common.getStatus()).isEqualTo(400);
        assertThat(fieldError(common, "newPassword")).contains(COMMON);
        assertThat(fieldError(changePassword(admin, "OneTimePassword2345", name), "newPassword")).contains(USERNAME);
        assertThat(repository.findById(admin.getId()).orElseThrow().isPasswordChangeRequired()).isTrue();
        assertThat(changePassword(admin, "OneTimePassword2345", "an admin's own passphrase").getStatus()).isEqualTo(302);
    }

    private MockHttpServletResponse register(String username, String password, String language) throws Exception {
        return mvc.perform(post("/register").with(csrf()).with(from("10.40.0.1")).param("lang", language)
                .param("username", username).param("displayName", "Someone").param("password", password)
                .param("confirmation", password)).andReturn().getResponse();
    }

    private MockHttpServletResponse changePassword(Account account, String current, String password) throws Exception {
        return mvc.perform(post("/account/password").with(csrf()).with(user(users.loadUserByUsername(account.getUsername())))
                .param("currentPassword", current).param("newPassword", password).param("confirmation", password))
                .andReturn().getResponse();
    }

    private static String fieldError(MockHttpServletResponse response, String field) throws Exception {
        return Jsoup.parse(response.getContentAsString()).select("#" + field + "-error").text();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
