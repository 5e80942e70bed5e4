package dev.interviewlab.simulation.tcp.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generates two or three questions from a run, always the same ones for the same run, so the
 * page can check a submitted answer by running the scenario again.
 */
public final class TcpQuestions {

    private static final List<String> STATES = Arrays.stream(TcpState.values()).map(Enum::name).toList();
    private static final List<String> SIDES = List.of("client", "server", "both", "neither");

    private TcpQuestions() {
    }

    public static List<TcpQuestion> of(TcpRun run) {
        List<TcpQuestion> questions = new ArrayList<>();
        List<TcpEvent> transitionsOnArrival = run.events().stream()
                .filter(event -> event.received() != null && event.changesState()).toList();
        if (!transitionsOnArrival.isEmpty()) {
            // the middle one: past the handshake in most runs, and not the very end
            TcpEvent event = transitionsOnArrival.get(transitionsOnArrival.size() / 2);
            questions.add(new TcpQuestion("q" + (questions.size() + 1), TcpQuestion.Kind.STATE_AFTER_SEGMENT,
                    List.of(event.side().key(), event.received().number(), event.received().label()), STATES,
                    event.after().name()));
        }
        Side asked = finalStateWorthAsking(run);
        questions.add(new TcpQuestion("q" + (questions.size() + 1), TcpQuestion.Kind.STATE_AT_END,
                List.of(asked.key()), STATES, run.statePath(asked).get(run.statePath(asked).size() - 1).name()));
        boolean client = run.statePath(Side.CLIENT).contains(TcpState.TIME_WAIT);
        boolean server = run.statePath(Side.SERVER).contains(TcpState.TIME_WAIT);
        String answer = client && server ? "both" : client ? "client" : server ? "server" : "neither";
        questions.add(new TcpQuestion("q" + (questions.size() + 1), TcpQuestion.Kind.TIME_WAIT_SIDES, List.of(), SIDES,
                answer));
        return List.copyOf(questions);
    }

    /** The endpoint that ends somewhere other than CLOSED, if one does: that is where the lesson is. */
    private static Side finalStateWorthAsking(TcpRun run) {
        for (Side side : List.of(Side.SERVER, Side.CLIENT)) {
            List<TcpState> path = run.statePath(side);
            if (path.get(path.size() - 1) != TcpState.CLOSED) {
                return side;
            }
        }
        return Side.SERVER;
    }
}
