package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.review.ScenarioDrill;
import dev.interviewlab.simulation.cache.engine.CachePrediction;
import dev.interviewlab.simulation.cache.engine.CacheRandomScenario;
import dev.interviewlab.simulation.cache.engine.SimulationInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The cache review card: a fresh random race on one key, one client's lookup hidden, "hit (which value) or miss?". */
@Component
class CacheReadDrill implements ScenarioDrill {

    static final String SCENARIO = "cache:" + CachePrediction.KIND;

    private final CachePredictions predictions;
    private final MessageSource messages;

    CacheReadDrill(CachePredictions predictions, MessageSource messages) {
        this.predictions = predictions;
        this.messages = messages;
    }

    @Override
    public String scenario() {
        return SCENARIO;
    }

    @Override
    public String topicSlug() {
        return CacheSimulationConfiguration.TOPICS.get(0);
    }

    @Override
    public DrillQuestion ask(long seed, Locale locale) {
        CacheRandomScenario.Drawn drawn = CacheRandomScenario.of(seed);
        return predictions.question(title(locale), setup(drawn.input(), locale), drawn.timeline(), prediction(drawn, seed), locale);
    }

    @Override
    public DrillReveal reveal(long seed, String answer, Locale locale) {
        CacheRandomScenario.Drawn drawn = CacheRandomScenario.of(seed);
        return predictions.reveal(title(locale), setup(drawn.input(), locale), drawn.timeline(), prediction(drawn, seed), answer,
                locale);
    }

    static CachePrediction prediction(CacheRandomScenario.Drawn drawn, long seed) {
        // CacheRandomScenario keeps only runs whose timeline has a lookup to ask
        return CachePrediction.drawn(drawn.timeline(), seed).orElseThrow();
    }

    private String setup(SimulationInput input, Locale locale) {
        CacheResultViews views = new CacheResultViews(messages, locale);
        return views.msg("predict.cache.setup", views.msg(input.strategies().get(0).messageKey()),
                CacheResultViews.millis(input.latencies().cacheMicros()), CacheResultViews.millis(input.latencies().dbReadMicros()),
                CacheResultViews.millis(input.latencies().dbWriteMicros()));
    }

    private String title(Locale locale) {
        return messages.getMessage("predict.cache.title", null, locale);
    }
}
