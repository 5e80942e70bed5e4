package dev.interviewlab.quiz.web;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.SiteClient;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout around a quiz question page (head, header, footer) is the same for every question of every attempt: it
 * is rendered once per language and account kind, and each page gets its own title, language links, tokens and main
 * part per request. Thymeleaf's renders are counted by template ({@link CountedRenders}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
@Import(QuestionPageLayoutTest.CountedRenders.class)
class QuestionPageLayoutTest {

    private static final String PASSWORD = "a learner's long passphrase";
    private static final Pattern ATTEMPT = Pattern.compile("/quizzes/attempts/([^/?\"]+)");
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    ApplicationEventPublisher events;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private String topic;

    @BeforeEach
    void aTopicWithOneItemOfEachType() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        topic = data.topic("layout", data.category("layout"));
        data.oneOfEachType(topic, Difficulty.BEGINNER);
        events.publishEvent(new BankChangedEvent()); // the items went in through the repository, not the editor
    }

    @Test
    void everyQuestionOfEveryAttemptIsServedFromOneKeptLayoutPerLanguage() throws Exception {
        SiteClient ada = signedIn("ada");
        SiteClient bob = signedIn("bob");
        String adaFirst = start(ada);
        String adaSecond = start(ada);
        String bobs = start(bob);
        // the first page in each language may render the layout (unless an earlier test did)
        page(ada, adaFirst, 1, "en");
        page(ada, adaFirst, 1, "zh");

        CountedRenders.RENDERS.clear();
        for (String language : List.of("en", "zh")) {
            for (int q = 1; q <= 5; q++) {
                for (String[] learner : List.of(new String[]{"ada", adaFirst}, new String[]{"ada", adaSecond},
                        new String[]{"bob", bobs})) {
                    SiteClient client = learner[0].equals("ada") ? ada : bob;
                    String attempt = learner[1];
                    String page = page(client, attempt, q, language);
                    String title = language.equals("en") ? "<title>Question " + q + " of 5 · " : "<title>第 " + q + " 题，共 5 题 · ";
                    assertThat(page).as("its own title").contains(title).containsOnlyOnce("<title>");
                    // its own language links, with its attempt and question number
                    assertThat(page).contains("href=\"/quizzes/attempts/" + attempt + "?q=" + q + "&amp;lang=en\" hreflang=\"en\"")
                            .contains("href=\"/quizzes/attempts/" + attempt + "?q=" + q + "&amp;lang=zh\" hreflang=\"zh\"")
                            .contains("<html lang=\"" + language + "\">");
                    assertThat(page).contains("action=\"/quizzes/attempts/" + attempt + "\"")
                            .contains(">" + learner[0] + " " + suffix + "</a>")
                            .doesNotContain("reader-part");
                    for (String other : List.of(adaFirst, adaSecond, bobs)) {
                        if (!other.equals(attempt)) {
                            assertThat(page).doesNotContain(other);
                        }
                    }
                    assertThat(tokens(page)).hasSize(3).allSatisfy(token -> assertThat(SiteClient.unmask(token))
                            .isEqualTo(SiteClient.unmask(client.csrfToken())));
                }
            }
        }
        assertThat(CountedRenders.RENDERS.getOrDefault("quiz/question", new AtomicLong()).get())
                .as("layouts rendered for 30 pages of three attempts in two languages, after the first page of each")
                .isZero();
    }

    @Test
    @EnabledIfSystemProperty(named = "quiz.cost", matches = "true")
    void costPerQuestionRequest() throws Exception {
        SiteClient ada = signedIn("ada");
        int rounds = Integer.getInteger("quiz.cost.rounds", 4);
        for (int round = 0; round < rounds; round++) {
            // a learner going through quizzes: each question of 40 new attempts once, in turn
            List<String> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(start(ada));
            }
            measure("round " + round + ", new attempts", ada, attempts);
            // a benchmark asking for the same pages again
            measure("round " + round + ", same pages again", ada, attempts);
            // for comparison: the topic page, a guest's and the learner's
            measure("round " + round + ", guest topic page", new SiteClient(port, false), "/topics/" + topic);
            measure("round " + round + ", signed-in topic page", ada, "/topics/" + topic);
        }
    }

    private static void measure(String what, SiteClient client, String path) throws Exception {
        CountedRenders.RENDERS.clear();
        long allocated = tomcatAllocatedBytes();
        for (int i = 0; i < 200; i++) {
            assertThat(client.get(path).statusCode()).isEqualTo(200);
        }
        long bytes = tomcatAllocatedBytes() - allocated;
        System.out.printf(Locale.ROOT, "%s: 200 requests, %.1f KB allocated per request, renders %s%n",
                what, bytes / 1024.0 / 200, CountedRenders.RENDERS);
    }

    private static void measure(String what, SiteClient learner, List<String> attempts) throws Exception {
        CountedRenders.RENDERS.clear();
        long allocated = tomcatAllocatedBytes();
        int requests = 0;
        for (String attempt : attempts) {
            for (int q = 1; q <= 5; q++) {
                page(learner, attempt, q, "en");
                requests++;
            }
        }
        long bytes = tomcatAllocatedBytes() - allocated;
        System.out.printf(Locale.ROOT, "%s: %d question pages, %.1f KB allocated per request, renders %s%n",
                what, requests, bytes / 1024.0 / requests, CountedRenders.RENDERS);
    }

    /** Bytes allocated so far by the server's request threads (this test's client threads left out). */
    private static long tomcatAllocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio-")) {
                sum += threads.getThreadAllocatedBytes(info.getThreadId());
            }
        }
        return sum;
    }

    private SiteClient signedIn(String name) throws Exception {
        String username = name + "-" + suffix;
        accounts.register(username, name + " " + suffix, PASSWORD, PASSWORD);
        SiteClient client = new SiteClient(port, false);
        assertThat(client.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    /** Starts a five-question practice quiz on the topic (one item of each type); its attempt id. */
    private String start(SiteClient learner) throws Exception {
        HttpResponse<String> started = learner.form("/quizzes", "topics=" + topic + "&count=5&minutes=8&practice=true");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Matcher matcher = ATTEMPT.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String page(SiteClient learner, String attempt, int q, String language) throws Exception {
        HttpResponse<String> page = learner.get("/quizzes/attempts/" + attempt + "?q=" + q, language);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private static List<String> tokens(String page) {
        Matcher matcher = TOKEN.matcher(page);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Counts Thymeleaf's renders of whole templates (a page, a skeleton, a page's parts), by template name. */
    @TestConfiguration
    static class CountedRenders {

        static final Map<String, AtomicLong> RENDERS = new ConcurrentHashMap<>();

        @Bean
        static BeanPostProcessor countingThymeleafViews() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof ThymeleafViewResolver resolver) {
                        resolver.setViewClass(CountingView.class);
                    }
                    return bean;
                }
            };
        }

        public static class CountingView extends ThymeleafView {

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
                RENDERS.computeIfAbsent(getTemplateName(), name -> new AtomicLong()).incrementAndGet();
                super.render(model, request, response);
            }
        }
    }
}
