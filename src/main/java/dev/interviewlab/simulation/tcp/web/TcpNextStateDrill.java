package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.review.ScenarioDrill;
import dev.interviewlab.simulation.tcp.engine.TcpPrediction;
import dev.interviewlab.simulation.tcp.engine.TcpRandomScenario;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The TCP review card: a fresh random connection, one state-changing step hidden, "which state after it?". */
@Component
class TcpNextStateDrill implements ScenarioDrill {

    static final String SCENARIO = "tcp:" + TcpPrediction.KIND;

    private final TcpPredictions predictions;
    private final MessageSource messages;

    TcpNextStateDrill(TcpPredictions predictions, MessageSource messages) {
        this.predictions = predictions;
        this.messages = messages;
    }

    @Override
    public String scenario() {
        return SCENARIO;
    }

    @Override
    public String topicSlug() {
        return TcpSimulationConfiguration.TOPIC;
    }

    @Override
    public DrillQuestion ask(long seed, Locale locale) {
        TcpRun run = run(seed);
        return predictions.question(title(locale), run, prediction(run, seed), locale);
    }

    @Override
    public DrillReveal reveal(long seed, String answer, Locale locale) {
        TcpRun run = run(seed);
        return predictions.reveal(title(locale), run, prediction(run, seed), answer, locale);
    }

    static TcpRun run(long seed) {
        return TcpSimulation.run(TcpRandomScenario.of(seed));
    }

    static TcpPrediction prediction(TcpRun run, long seed) {
        // every run has one: the first call (listen() or connect()) always leaves CLOSED
        return TcpPrediction.drawn(run, seed).orElseThrow();
    }

    private String title(Locale locale) {
        return messages.getMessage("predict.tcp.title", null, locale);
    }
}
