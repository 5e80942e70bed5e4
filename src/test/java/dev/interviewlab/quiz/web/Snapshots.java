package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.AttemptStatus;
import dev.interviewlab.quiz.attempt.FinishReason;
import dev.interviewlab.quiz.attempt.Response;
import dev.interviewlab.quiz.bank.AnswerKey;
import dev.interviewlab.quiz.bank.BankCatalog;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Hand-made attempts for the web slice tests, whose services are mocks. */
final class Snapshots {

    static final String ID = "0f0e0d0c-0000-4000-8000-000000000001";
    static final Instant START = TestClockConfiguration.START;
    static final Instant DEADLINE = START.plus(Duration.ofMinutes(8));

    static final BankCatalog CATALOG = new BankCatalog(List.of(new BankCatalog.BankCategory("networking",
            new LocalizedText("Networking", "计算机网络"), List.of(
            new BankCatalog.BankTopic("tcp-connection-states", new LocalizedText("TCP connection states", "TCP 连接状态"),
                    "networking", Map.of(Difficulty.INTERMEDIATE, 6)),
            new BankCatalog.BankTopic("websocket", new LocalizedText("WebSocket", "WebSocket"), "networking",
                    Map.of(Difficulty.BEGINNER, 4))))));

    private Snapshots() {
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en, en + "（中）");
    }

    static AttemptSnapshot.Question single(int position, Response response, Integer points) {
        return new AttemptSnapshot.Question(position, "fixture-single", ItemType.SINGLE, "tcp-connection-states", "networking",
                Difficulty.INTERMEDIATE, text("Which side enters `TIME_WAIT`?"),
                List.of(new ItemOption("b", text("The passive closer"), false), new ItemOption("a", text("The active closer"), true)),
                response, response == null ? null : START.plusSeconds(30), false, points, new AnswerKey.Single("a"),
                text("The active closer waits 2MSL."));
    }

    static AttemptSnapshot.Question multiple(int position, Response response, Integer points) {
        return new AttemptSnapshot.Question(position, "fixture-multiple", ItemType.MULTIPLE, "websocket", "networking",
                Difficulty.BEGINNER, text("Which are frames?"),
                List.of(new ItemOption("a", text("Text"), true), new ItemOption("b", text("Ping"), true),
                        new ItemOption("c", text("Cookie"), false)),
                response, null, true, points, new AnswerKey.Multiple(Set.of("a", "b")), text("Cookies are HTTP headers."));
    }

    static AttemptSnapshot.Question fillIn(int position, Response response, Integer points) {
        return new AttemptSnapshot.Question(position, "fixture-fill", ItemType.FILL_IN, "tcp-connection-states", "networking",
                Difficulty.INTERMEDIATE, text("Name the passive closer's state"), List.of(), response, null, false, points,
                new AnswerKey.FillIn(List.of("CLOSE_WAIT")), text("It waits for the application to close."));
    }

    static AttemptSnapshot open() {
        return new AttemptSnapshot(ID, AttemptStatus.OPEN, null, false, List.of("networking"), List.of(), null,
                Duration.ofMinutes(8), START, DEADLINE, null, START.plusSeconds(60), 1, null,
                List.of(single(1, new Response.Choice("b"), null), multiple(2, null, null), fillIn(3, null, null)));
    }

    /** {@link #open()} read at another time: past {@link #DEADLINE} it is within the grace, still open. */
    static AttemptSnapshot openAt(Instant now) {
        AttemptSnapshot open = open();
        return new AttemptSnapshot(ID, AttemptStatus.OPEN, null, false, open.categorySlugs(), List.of(), null,
                open.timeLimit(), START, DEADLINE, null, now, 1, null, open.questions());
    }

    static AttemptSnapshot openAllAnswered() {
        return new AttemptSnapshot(ID, AttemptStatus.OPEN, null, false, List.of("networking"), List.of(), null,
                Duration.ofMinutes(8), START, DEADLINE, null, START.plusSeconds(60), 1, null,
                List.of(single(1, new Response.Choice("b"), null), multiple(2, new Response.Choices(new TreeSet<>(List.of("a"))), null),
                        fillIn(3, new Response.Text("x"), null)));
    }

    static AttemptSnapshot finished() {
        return new AttemptSnapshot(ID, AttemptStatus.FINISHED, FinishReason.EXPIRED, false, List.of("networking"), List.of(), null,
                Duration.ofMinutes(8), START, DEADLINE, DEADLINE, DEADLINE.plusSeconds(30), 1, 1500,
                List.of(single(1, new Response.Choice("a"), 1000),
                        multiple(2, new Response.Choices(new TreeSet<>(List.of("a", "c"))), 0),
                        fillIn(3, new Response.Text("close <wait>"), 500)));
    }
}
