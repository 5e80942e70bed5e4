package dev.interviewlab.account;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptRepository;
import dev.interviewlab.quiz.attempt.AttemptScored;
import dev.interviewlab.quiz.attempt.OwnerType;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.ReviewLogEntry;
import dev.interviewlab.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.interviewlab.SiteClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering, signing in and out, remembering, changing passwords: over HTTP like a browser without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class AccountFlowTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    ReviewService reviews;

    @Autowired
    QuizItemRepository items;

    private SiteClient browser() {
        return new SiteClient(port, false);
    }

    private static String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String registration(String username, String displayName, String password, String confirmation) {
        return "username=" + encode(username) + "&displayName=" + encode(displayName) + "&password=" + encode(password)
                + "&confirmation=" + encode(confirmation);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String startGuestQuiz(SiteClient browser) throws Exception {
        HttpResponse<String> started = browser.form("/quizzes", "topics=websocket&count=2&minutes=5");
        assertThat(started.statusCode()).isEqualTo(302);
        return location(started).replaceAll(".*/quizzes/attempts/", "");
    }

    @Test
    void registrationWithBadInputNamesEveryProblemAndSavesNothing() throws Exception {
        long before = repository.count();
        HttpResponse<String> refused = browser().form("/register", registration("No Spaces!", " ", "short", "short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Choose 3 to 40 lower-case letters")
                .contains("Enter a display name of 1 to 80 characters.")
                .contains("A password has 10 to 72 characters.")
                .contains("value=\"No Spaces!\"").doesNotContain("value=\"short\"");
        assertThat(browser().form("/register", registration(uniqueName(), "Ada", PASSWORD, PASSWORD + "x")).body())
                .contains("The two passwords differ.");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() throws Exception {
        String name = uniqueName();
        accounts.register(name, "First", PASSWORD, PASSWORD);

        HttpResponse<String> refused = browser().form("/register", registration(name.toUpperCase(), "Second", PASSWORD, PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("This username is taken.");
    }

    @Test
    void registeringSignsInAndTakesTheGuestsQuizzesAlong() throws Exception {
        SiteClient guest = browser();
        String attempt = startGuestQuiz(guest);
        String name = uniqueName();

        HttpResponse<String> registered = guest.form("/register", registration(name, "Grace <Hopper>", PASSWORD, PASSWORD));

        assertThat(location(registered)).endsWith("/account?registered");
        assertThat(guest.get("/account?registered").body()).contains("Welcome!").contains("Grace &lt;Hopper&gt;").contains(name);
        long id = repository.findByUsername(name).orElseThrow().getId();
        assertThat(attempts.findByPublicId(attempt).orElseThrow().getOwner()).isEqualTo(AttemptOwner.account(id));
        assertThat(guest.get("/quizzes/attempts/" + attempt).statusCode()).isEqualTo(200);
        assertThat(browser().get("/quizzes/attempts/" + attempt).statusCode()).as("another browser").isEqualTo(404);
    }

    @Test
    void signingInTakesTheGuestsQuizzesAlongAndSigningOutLeavesThemWithTheAccount() throws Exception {
        String name = uniqueName();
        Account account = accounts.register(name, "Linus", PASSWORD, PASSWORD);
        SiteClient browser = browser();
        String attempt = startGuestQuiz(browser);

        HttpResponse<String> signedIn = browser.signIn(name, PASSWORD);

        assertThat(location(signedIn)).endsWith("/today");
        assertThat(attempts.findByPublicId(attempt).orElseThrow().getOwner().type()).isEqualTo(OwnerType.ACCOUNT);
        assertThat(browser.get("/quizzes/attempts/" + attempt).statusCode()).isEqualTo(200);

        assertThat(location(browser.form("/logout", ""))).endsWith("/?signedOut");
        assertThat(browser.get("/quizzes/attempts/" + attempt).statusCode()).as("signed out").isEqualTo(404);
        assertThat(browser.get("/").body()).contains("href=\"/login\"");
        browser.signIn(name, PASSWORD);
        assertThat(browser.get("/quizzes/attempts/" + attempt).statusCode()).isEqualTo(200);
        assertThat(attempts.findByPublicId(attempt).orElseThrow().getOwner()).isEqualTo(AttemptOwner.account(account.getId()));
    }

    @Test
    void signingInTakesTheGuestsReviewCardsAndLogAlong() throws Exception {
        String name = uniqueName();
        Account account = accounts.register(name, "Ebbinghaus", PASSWORD, PASSWORD);
        SiteClient browser = browser();
        String attempt = startGuestQuiz(browser);
        AttemptOwner guest = attempts.findByPublicId(attempt).orElseThrow().getOwner();
        long itemId = items.findAll().get(0).getId();
        reviews.quizScored(new AttemptScored(guest, attempts.findByPublicId(attempt).orElseThrow().getId(), Instant.now(),
                List.of(new AttemptScored.AnsweredItem(itemId, 1000))));
        assertThat(reviews.cards(guest)).hasSize(1);

        browser.signIn(name, PASSWORD);

        AttemptOwner owner = AttemptOwner.account(account.getId());
        assertThat(reviews.cards(guest)).isEmpty();
        assertThat(reviews.cards(owner)).singleElement().satisfies(card -> assertThat(card.getItem().getId()).isEqualTo(itemId));
        assertThat(reviews.log(owner)).extracting(ReviewLogEntry::getSource).containsExactly(dev.interviewlab.review.ReviewSource.QUIZ);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichHalfWasWrong() throws Exception {
        String name = uniqueName();
        accounts.register(name, "Ada", PASSWORD, PASSWORD);
        SiteClient browser = browser();

        HttpResponse<String> wrongPassword = browser.signIn(name, PASSWORD + "!");
        HttpResponse<String> noSuchUser = browser.signIn(uniqueName(), PASSWORD);

        assertThat(location(wrongPassword)).endsWith("/login?error");
        assertThat(location(noSuchUser)).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Wrong username or password.");
        assertThat(location(browser.get("/account"))).endsWith("/login");
    }

    @Test
    void theSignInPageTakesTheReaderBackToWhereTheyWereGoing() throws Exception {
        String name = uniqueName();
        accounts.register(name, "Ada", PASSWORD, PASSWORD);
        SiteClient browser = browser();

        assertThat(location(browser.get("/account/password"))).endsWith("/login");
        assertThat(location(browser.signIn(name, PASSWORD))).endsWith("/account/password");
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() throws Exception {
        String name = uniqueName();
        accounts.register(name, "Ada", PASSWORD, PASSWORD);
        SiteClient browser = browser();
        browser.signIn(name, PASSWORD);

        HttpResponse<String> wrongCurrent = browser.form("/account/password",
                "currentPassword=nope&newPassword=" + encode("a brand new phrase") + "&confirmation=" + encode("a brand new phrase"));
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("This is not your current password.");
        HttpResponse<String> tooShort = browser.form("/account/password",
                "currentPassword=" + encode(PASSWORD) + "&newPassword=short&confirmation=short");
        assertThat(tooShort.statusCode()).isEqualTo(400);

        HttpResponse<String> changed = browser.form("/account/password", "currentPassword=" + encode(PASSWORD)
                + "&newPassword=" + encode("a brand new phrase") + "&confirmation=" + encode("a brand new phrase"));
        assertThat(location(changed)).endsWith("/account?passwordChanged");
        assertThat(location(browser().signIn(name, PASSWORD))).endsWith("/login?error");
        assertThat(location(browser().signIn(name, "a brand new phrase"))).endsWith("/today");
    }

    @Test
    void aOneTimePasswordLeadsStraightToThePasswordForm() throws Exception {
        String name = uniqueName();
        accounts.create(name, "one-time-password-123", Role.ADMIN, true);
        SiteClient browser = browser();

        assertThat(location(browser.signIn(name, "one-time-password-123"))).endsWith("/account/password");
        assertThat(location(browser.get("/topics"))).as("every other page waits").endsWith("/account/password");
        browser.form("/account/password", "currentPassword=one-time-password-123&newPassword="
                + encode("my own admin phrase") + "&confirmation=" + encode("my own admin phrase"));

        assertThat(browser.get("/topics").statusCode()).isEqualTo(200);
        assertThat(repository.findByUsername(name).orElseThrow().isPasswordChangeRequired()).isFalse();
    }

    @Test
    void rememberMeKeepsABrowserSignedInAfterItsSessionEnds() throws Exception {
        String name = uniqueName();
        accounts.register(name, "Ada", PASSWORD, PASSWORD);
        SiteClient browser = browser();

        HttpResponse<String> signedIn = browser.form("/login",
                "username=" + name + "&password=" + encode(PASSWORD) + "&remember-me=on");

        String rememberMe = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("remember-me=")).findFirst().orElseThrow();
        assertThat(rememberMe).contains("HttpOnly").contains("Max-Age=2592000");
        SiteClient laterVisit = browser();
        assertThat(laterVisit.getWithCookie("/account", rememberMe.substring(0, rememberMe.indexOf(';'))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDisplayNameMustBeOneToEightyPrintableCharacters() throws Exception {
        String name = uniqueName();
        accounts.register(name, "Ada", PASSWORD, PASSWORD);
        SiteClient browser = browser();
        browser.signIn(name, PASSWORD);

        for (String bad : new String[] {"", "   ", "x".repeat(81), "tab\there"}) {
            HttpResponse<String> refused = browser.form("/account/profile", "displayName=" + encode(bad));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("Enter a display name of 1 to 80 characters.");
        }
        assertThat(repository.findByUsername(name).orElseThrow().getDisplayName()).isEqualTo("Ada");

        assertThat(location(browser.form("/account/profile", "displayName=" + encode("Ada Lovelace")))).endsWith("/account?renamed");
        assertThat(browser.get("/topics").body()).contains(">Ada Lovelace</a>");
    }

    @Test
    void aNewPasswordOrRoleEndsTheAccountsOtherSignIns() throws Exception {
        String name = uniqueName();
        Account account = accounts.register(name, "Ada", PASSWORD, PASSWORD);
        SiteClient laptop = browser();
        SiteClient phone = browser();
        laptop.signIn(name, PASSWORD);
        phone.signIn(name, PASSWORD);

        laptop.form("/account/password", "currentPassword=" + encode(PASSWORD) + "&newPassword="
                + encode("a brand new phrase") + "&confirmation=" + encode("a brand new phrase"));

        assertThat(laptop.get("/account").statusCode()).as("where the password was changed").isEqualTo(200);
        assertThat(location(phone.get("/account"))).as("elsewhere").endsWith("/login");

        phone.signIn(name, "a brand new phrase");
        assertThat(phone.get("/import").statusCode()).isEqualTo(403);
        accounts.grant(account.getId(), Role.EDITOR);
        assertThat(location(phone.get("/import"))).as("the old role's session ended").endsWith("/login");
        phone.signIn(name, "a brand new phrase");
        assertThat(phone.get("/import").statusCode()).isEqualTo(200);
    }
}
