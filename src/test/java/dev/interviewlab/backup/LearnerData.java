package dev.interviewlab.backup;

import dev.interviewlab.InterviewLabApplication;
import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.progress.ProgressService;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.quiz.editing.ItemEditing;
import dev.interviewlab.quiz.editing.ItemForm;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.review.ReviewSession;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.revision.RevisionAuthor;
import dev.interviewlab.topic.editing.TopicEditing;
import dev.interviewlab.topic.editing.TopicForm;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What learners and editors make, made through the site's own services for the backup tests. */
final class LearnerData {

    static final String PASSWORD = "backup round trip 2030";

    private LearnerData() {
    }

    /** A non-web application over {@code url} with the small quiz bank of the test fixtures and a test clock. */
    static ConfigurableApplicationContext boot(String url, String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--interviewlab.quiz.content-location=classpath:quiz-fixtures/valid",
                "--interviewlab.quiz.sweep-interval=PT1H",
                "--spring.main.banner-mode=off"));
        if (url.startsWith("jdbc:h2:")) {
            // not the postgres profile of CI's PostgreSQL pass: its beans (sessions, change notices) need PostgreSQL
            args.add("--spring.profiles.active=default");
            args.add("--spring.datasource.username=sa");
            args.add("--spring.datasource.password=");
        }
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(InterviewLabApplication.class, TestClockConfiguration.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    /**
     * Two accounts (a learner with day settings and an editor), a submitted quiz attempt with answers,
     * the review cards it made and a graded review, review preferences with a plan, an edited topic and
     * an edited quiz item with their revisions, a bookmark and a read mark; and a remember-me token,
     * which a backup leaves out.
     */
    static void create(ConfigurableApplicationContext context) {
        AccountService accounts = context.getBean(AccountService.class);
        Account learner = accounts.register("backup-alice", "Alice 艾丽斯 \uD83E\uDD8A \"quoted\"", PASSWORD, PASSWORD);
        accounts.changeDay(learner.getId(), "Europe/Berlin", "15");
        Account editor = accounts.register("backup-edith", "Edith", PASSWORD, PASSWORD);
        accounts.grant(editor.getId(), Role.EDITOR);
        RevisionAuthor author = RevisionAuthor.account(editor.getId(), "Edith");

        AttemptOwner owner = AttemptOwner.account(learner.getId());
        AttemptService attempts = context.getBean(AttemptService.class);
        AttemptSnapshot attempt = attempts.start(owner, new QuizRequest(List.of(), List.of("websocket"), null, 2, 10, false, false));
        String choice = attempt.question(1).type() == ItemType.SINGLE ? "a" : "false";
        attempts.answer(owner, attempt.id(), 1, new RawAnswer.Form(choice, null, null, null));
        attempts.flag(owner, attempt.id(), 2, true);
        attempts.submit(owner, attempt.id());

        context.getBean(ReviewPreferencesService.class).save(owner,
                new ReviewPreferencesService.SettingsInput(0.85, "2030-04-01", List.of("networking"), 2), ZoneId.of("Europe/Berlin"));
        context.getBean(MutableClock.class).advance(Duration.ofDays(3));
        ReviewSession session = context.getBean(ReviewSession.class);
        ReviewSession.Prompt due = session.next(owner, null).orElseThrow();
        session.grade(owner, due.cardId(), due.version(), Grade.GOOD);

        TopicEditing topics = context.getBean(TopicEditing.class);
        TopicForm topic = topics.form("websocket");
        topic.setBodyEn(topic.getBodyEn() + "\n\nA line an editor added before the backup.");
        topic.setChangeSummary("one more line");
        topics.save("websocket", topic, author);

        ItemEditing items = context.getBean(ItemEditing.class);
        QuizItem first = context.getBean(QuizItemRepository.class).findAll().stream()
                .min(Comparator.comparing(QuizItem::getKey)).orElseThrow();
        ItemForm item = items.form(first.getKey());
        item.setPromptEn(item.getPromptEn() + " (edited)");
        item.setSummary("clearer prompt");
        items.update(first.getKey(), item, author);

        ProgressService progress = context.getBean(ProgressService.class);
        progress.bookmark(learner.getId(), "websocket");
        progress.markRead(learner.getId(), "tcp-connection-states", true);

        context.getBean(JdbcTemplate.class).update("INSERT INTO persistent_logins (username, series, token, last_used)"
                + " VALUES ('backup-alice', 'series-of-the-source', 'token', ?)", Timestamp.from(TestClockConfiguration.START));
    }
}
