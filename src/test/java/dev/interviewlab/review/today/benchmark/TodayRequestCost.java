package dev.interviewlab.review.today.benchmark;

import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.account.SliceAccounts;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.ReviewCard;
import dev.interviewlab.review.ReviewCardRepository;
import dev.interviewlab.review.ReviewCards;
import dev.interviewlab.review.ReviewLogRepository;
import dev.interviewlab.review.ReviewSource;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.templateboundaries.AbstractTemplateBoundariesProcessor;
import org.thymeleaf.processor.templateboundaries.ITemplateBoundariesStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What one signed-in {@code GET /today} costs inside the JVM, independent of the machine's load: bytes of HTML,
 * Thymeleaf template renders (a template-boundaries processor counts each template processing the engine starts)
 * and bytes allocated by the request's thread ({@code ThreadMXBean#getThreadAllocatedBytes} around a loop of
 * requests through MockMvc in this thread, so the figure includes MockMvc's own request and response objects, and
 * its response body grown in a byte stream and copied out, about 3 times the page's size; the printing of
 * requests for a failed test is off, as it formats every response).
 * The thread's CPU time per request is printed too: steadier than wrk on a shared machine (one thread, no network,
 * no contention for the lock-free parts), though the JIT still moves it by a few per cent between runs.
 * The reader has a year of reviews (3 cards reviewed on every third day) and an open quiz. Not a test (its name does not end in
 * Test): run it with {@code ./mvnw -o surefire:test -Dtest=TodayRequestCost}.
 */
@SpringBootTest(properties = {"interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
        "interviewlab.quiz.sweep-interval=PT1H", "logging.level.root=WARN"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import({TestClockConfiguration.class, TodayRequestCost.RenderCounting.class})
class TodayRequestCost {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 2_000;
    static final AtomicLong RENDERS = new AtomicLong();

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewCardRepository cards;

    @Autowired
    ReviewLogRepository log;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AttemptService attempts;

    @Test
    void measure() throws Exception {
        Instant now = TestClockConfiguration.START;
        clock.set(now);
        long id = accounts.register("cost-" + UUID.randomUUID().toString().substring(0, 8), "Cost", "cost passphrase",
                "cost passphrase").getId();
        QuizTestData data = new QuizTestData(categories, topics, items);
        String topic = data.topic("today-cost", data.category("today-cost"));
        List<QuizItem> reviewed = data.oneOfEachType(topic, Difficulty.BEGINNER).subList(0, 3);
        List<Instant> times = new ArrayList<>();
        for (int day = 363; day >= 0; day -= 3) {
            times.add(now.minus(Duration.ofDays(day)).minus(Duration.ofHours(2)));
        }
        for (QuizItem item : reviewed) {
            transactions.executeWithoutResult(status -> {
                ReviewCard card = ReviewCards.newCard(cards, AttemptOwner.account(id), item, times.get(0));
                for (Instant time : times) {
                    card = ReviewCards.review(cards, log, card, Grade.GOOD, time, ReviewSource.REVIEW);
                }
            });
        }
        // the "continue your quiz" card
        attempts.start(AttemptOwner.account(id), new QuizRequest(List.of(), List.of(topic), null, 3, 20, false, false));
        SignedInAccount reader = SliceAccounts.signedIn(id, "Cost", Role.LEARNER);
        for (String language : List.of("en", "zh")) {
            int bytes = 0;
            for (int i = 0; i < WARM_UP; i++) {
                bytes = page(reader, language);
            }
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            long rendersBefore = RENDERS.get();
            long allocatedBefore = threads.getThreadAllocatedBytes(thread);
            long cpuBefore = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < MEASURED; i++) {
                page(reader, language);
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
            System.out.printf("TodayRequestCost %s: %,d bytes of HTML, %.2f Thymeleaf renders, %,d bytes allocated and "
                            + "%.3f ms of CPU per request%n", language, bytes, (RENDERS.get() - rendersBefore) / (double) MEASURED,
                    allocated / MEASURED, cpu / 1e6 / MEASURED);
        }
        // the same without the page: what MockMvc and the security filters cost around any request
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            mvc.perform(get("/api/ping-nothing").with(user(reader)));
        }
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < MEASURED; i++) {
            mvc.perform(get("/api/ping-nothing").with(user(reader)));
        }
        System.out.printf("TodayRequestCost baseline (a 404 through the same filters): %,d bytes allocated per request%n",
                (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / MEASURED);
    }

    private int page(SignedInAccount reader, String language) throws Exception {
        var response = mvc.perform(get("/today").param("lang", language).with(user(reader))).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new IllegalStateException("GET /today: " + response.getStatus());
        }
        return response.getContentAsByteArray().length;
    }

    /** Counts every template processing the Thymeleaf engine starts. */
    @TestConfiguration
    static class RenderCounting {

        @Bean
        AbstractProcessorDialect renderCountingDialect() {
            return new AbstractProcessorDialect("render counting", "render-counting", 0) {
                @Override
                public Set<IProcessor> getProcessors(String dialectPrefix) {
                    return Set.of(new AbstractTemplateBoundariesProcessor(TemplateMode.HTML, 0) {
                        @Override
                        public void doProcessTemplateStart(ITemplateContext context, ITemplateStart templateStart,
                                                           ITemplateBoundariesStructureHandler handler) {
                            RENDERS.incrementAndGet();
                        }

                        @Override
                        public void doProcessTemplateEnd(ITemplateContext context, ITemplateEnd templateEnd,
                                                         ITemplateBoundariesStructureHandler handler) {
                        }
                    });
                }
            };
        }
    }
}
