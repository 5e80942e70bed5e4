package dev.interviewlab.cluster;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.attempt.AttemptRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.interviewlab.SiteClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database behave as one site to a browser that a load balancer sends
 * to either (docs/cluster.md). Skipped on H2.
 */
@DatabaseTest
class SeveralInstancesTest {

    private static final String PASSWORD = "several instances password";
    /** A change on one instance is seen on the other within this (issue 15); measured figures in docs/cluster.md. */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(1);
    private static final Duration FIRST_READ_WITHIN = Duration.ofSeconds(15);
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("/quizzes/attempts/([0-9a-f-]{36})");

    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // poll fast and reconnect slowly, so the lost-connection case shows the poll at work
        instances = TwoInstances.start("interviewlab.cluster.poll-period=500ms", "interviewlab.cluster.reconnect-delay=6s");
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    private static String account(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        AccountService accounts = instances.a().getBean(AccountService.class);
        Account account = accounts.register(username, "Ada " + username, PASSWORD, PASSWORD);
        if (role != Role.LEARNER) {
            accounts.grant(account.getId(), role);
        }
        return username;
    }

    @Test
    void aSignInOnOneInstanceHoldsOnTheOther() throws Exception {
        String username = account(Role.LEARNER);
        SiteClient onA = instances.browser();
        SiteClient onB = onA.onPort(instances.portB());
        assertThat(onB.get("/account").statusCode()).as("a guest is sent to sign in").isEqualTo(302);

        assertThat(onA.signIn(username, PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> account = onB.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Ada " + username);
        assertThat(onA.get("/account").body()).contains("Ada " + username);
    }

    @Test
    void aPasswordChangedOnOneInstanceEndsTheAccountsOtherSessionsOnEvery() throws Exception {
        String username = account(Role.LEARNER);
        SiteClient phone = signedIn(username).onPort(instances.portB());
        SiteClient laptop = signedIn(username);
        assertThat(phone.get("/account").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = laptop.form("/account/password", "currentPassword=" + encode(PASSWORD)
                + "&newPassword=" + encode("another long passphrase") + "&confirmation=" + encode("another long passphrase"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);

        assertThat(phone.get("/account").statusCode()).as("the other browser, on B, is signed out").isEqualTo(302);
        assertThat(laptop.onPort(instances.portB()).get("/account").statusCode()).as("the changing browser, on B").isEqualTo(200);
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void anEditOnOneInstanceIsServedAndFoundOnTheOtherWithinASecond() throws Exception {
        SiteClient editor = signedIn(account(Role.EDITOR));
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String slug = createTopic(editor, "Nothing special yet");
        SiteClient readerOnB = new SiteClient(instances.portB(), false);
        awaitOnB(readerOnB, "/topics/" + slug, "Nothing special yet");
        assertThat(readerOnB.get("/api/search?q=" + word).body()).doesNotContain(slug);

        ContentChanges changesOnB = instances.b().getBean(ContentChanges.class);
        long appliedBefore = changesOnB.applied();
        long saved = edit(editor, slug, "Now with " + word);
        while (changesOnB.applied() == appliedBefore && System.nanoTime() - saved < SEEN_WITHIN.toNanos()) {
            Thread.sleep(1);
        }
        long applied = System.nanoTime();
        assertThat(changesOnB.applied()).as("B applied A's change").isGreaterThan(appliedBefore);

        long page = awaitOnB(readerOnB, "/topics/" + slug, word, saved, SEEN_WITHIN);
        long search = awaitOnB(readerOnB, "/api/search?q=" + word, "\"slug\":\"" + slug + "\"", saved, SEEN_WITHIN);
        // A answers the save after its own after-commit work, so B may have applied the change before (0 ms)
        System.out.printf("Edit on A (from its answer): applied on B after %d ms, page after %d ms, search after %d ms%n",
                (applied - saved) / 1_000_000, (page - saved) / 1_000_000, (search - saved) / 1_000_000);
    }

    @Test
    void aQuizStartedOnOneInstanceIsAnsweredOnTheOtherAndSubmittedOnTheFirst() throws Exception {
        SiteClient onA = signedIn(account(Role.LEARNER));
        SiteClient onB = onA.onPort(instances.portB());
        HttpResponse<String> started = onA.form("/quizzes", "topics=tcp-connection-states&count=3&minutes=5");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher id = ATTEMPT.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(id.find()).isTrue();
        String page = "/quizzes/attempts/" + id.group(1);

        assertThat(onB.get(page + "?q=1").body()).contains("Question 1 of 3");
        HttpResponse<String> answered = onB.form(page, "question=1&" + rightAnswer(id.group(1), 1) + "&go=next");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);
        assertThat(onA.get(page + "/review").body()).contains("1 of 3 answered");

        assertThat(onA.form(page + "/submit", "").statusCode()).isEqualTo(302);
        assertThat(onB.get(page + "/result").body()).contains("1 of 3 points");
    }

    @Test
    void anInstanceThatLostItsListeningConnectionCatchesUpByPolling() throws Exception {
        SiteClient editor = signedIn(account(Role.EDITOR));
        String slug = createTopic(editor, "Before the cut");
        SiteClient readerOnB = new SiteClient(instances.portB(), false);
        awaitOnB(readerOnB, "/topics/" + slug, "Before the cut");
        ContentChangeListener listenerOnB = instances.b().getBean(ContentChangeListener.class);
        long reloadsBefore = instances.b().getBean(ContentChanges.class).reloads();
        assertThat(listenerOnB.listening()).isTrue();

        int terminated = instances.a().getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?", Integer.class,
                instances.b().getBean(ClusterNode.class).listenerName());
        assertThat(terminated).isEqualTo(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (listenerOnB.listening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(listenerOnB.listening()).as("B noticed the lost connection").isFalse();

        long saved = edit(editor, slug, "After the cut");

        // the poll period (500 ms) and a margin, well before B listens again (6 s)
        long caughtUp = awaitOnB(readerOnB, "/topics/" + slug, "After the cut", saved, Duration.ofMillis(2_000)) - saved;
        assertThat(instances.b().getBean(ContentChanges.class).reloads()).isGreaterThan(reloadsBefore);
        System.out.printf("B without its LISTEN connection caught up after %d ms%n", caughtUp / 1_000_000);
        deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!listenerOnB.listening() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(listenerOnB.listening()).as("B listens again").isTrue();
    }

    private static SiteClient signedIn(String username) throws Exception {
        SiteClient client = instances.browser();
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private static String createTopic(SiteClient editor, String body) throws Exception {
        String slug = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = editor.form("/editor/topics", "slug=" + slug + "&" + topicForm(body) + "&changeSummary=new");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return slug;
    }

    /** Saves a new body through A's editor; returns System.nanoTime() when the save was answered (committed). */
    private static long edit(SiteClient editor, String slug, String body) throws Exception {
        String page = "/editor/topics/" + slug + "/edit";
        Matcher version = VERSION.matcher(editor.get(page).body());
        assertThat(version.find()).isTrue();
        HttpResponse<String> saved = editor.form(page, topicForm(body) + "&changeSummary=edit&version=" + version.group(1));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return System.nanoTime();
    }

    private static String topicForm(String bodyEn) {
        return "categorySlug=networking&difficulty=beginner&titleEn=Shared&titleZh=" + encode("共享")
                + "&summaryEn=Summary&summaryZh=" + encode("摘要") + "&bodyEn=" + encode(bodyEn)
                + "&bodyZh=" + encode("正文") + "&tags=t&related=";
    }

    /** B's first read of a page (no change to wait for), bounded only by how long a request may take. */
    private static long awaitOnB(SiteClient onB, String path, String text) throws Exception {
        return awaitOnB(onB, path, text, System.nanoTime(), FIRST_READ_WITHIN);
    }

    /** Asks B for the page until it holds the text; returns System.nanoTime() then, or fails once bound has passed since start. */
    private static long awaitOnB(SiteClient onB, String path, String text, long start, Duration bound) throws Exception {
        while (true) {
            HttpResponse<String> page = onB.get(path);
            boolean seen = page.statusCode() == 200 && page.body().contains(text);
            long waited = System.nanoTime() - start;
            assertThat(waited).as("B serves " + path + " with \"" + text + "\" within " + bound.toMillis() + " ms")
                    .isLessThanOrEqualTo(bound.toNanos());
            if (seen) {
                return System.nanoTime();
            }
            Thread.sleep(10);
        }
    }

    private static String rightAnswer(String attemptId, int position) {
        TransactionTemplate transactions = new TransactionTemplate(instances.b().getBean(PlatformTransactionManager.class));
        return transactions.execute(status -> QuizTestData.rightAnswerAsForm(instances.b().getBean(AttemptRepository.class)
                .findByPublicId(attemptId).orElseThrow().question(position).getItem().answerKey()));
    }
}
