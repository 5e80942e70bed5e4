package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.loadbalancing.engine.LbScenario;
import dev.interviewlab.simulation.loadbalancing.engine.LbSettings;
import dev.interviewlab.simulation.loadbalancing.engine.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The settings form as submitted (GET, so a run's address reproduces it). Every field is text,
 * kept as typed so the form can show it again beside its error; an empty field means "the preset's
 * value". Per-server fields are lists separated by commas or spaces.
 */
final class LbForm {

    /** Field names in the order the form shows them; also the JSON properties. */
    static final List<String> FIELDS = List.of("algorithm", "seed", "requests", "arrivals", "ratePerSecond", "cost",
            "meanCostMs", "speeds", "weights", "workers", "queueLimits", "failServer", "failAtMs", "detectMs", "onFailure",
            "keys", "virtualNodes");

    private final String preset;
    private final Map<String, String> values;

    private LbForm(String preset, Map<String, String> values) {
        this.preset = preset;
        this.values = values;
    }

    /** The form's fields among a request's parameters; other parameters (step, lang, answers) are not its business. */
    static LbForm of(Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, parameters.get(field)));
        return new LbForm(parameters.get("preset"), values);
    }

    /** Every field of a scenario, as the form shows a run. */
    static Map<String, String> values(LbScenario scenario) {
        LbSettings s = LbSettings.of(scenario);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("algorithm", s.algorithm());
        values.put("seed", Long.toString(s.seed()));
        values.put("requests", Integer.toString(s.requests()));
        values.put("arrivals", s.arrivals());
        values.put("ratePerSecond", number(s.ratePerSecond()));
        values.put("cost", s.cost());
        values.put("meanCostMs", number(s.meanCostMs()));
        values.put("speeds", String.join(", ", s.speeds().stream().map(LbForm::number).toList()));
        values.put("weights", join(s.weights()));
        values.put("workers", join(s.workers()));
        values.put("queueLimits", join(s.queueLimits()));
        values.put("failServer", s.failServer());
        values.put("failAtMs", Long.toString(s.failAtMs()));
        values.put("detectMs", Long.toString(s.detectMs()));
        values.put("onFailure", s.onFailure());
        values.put("keys", Integer.toString(s.keys()));
        values.put("virtualNodes", Integer.toString(s.virtualNodes()));
        return values;
    }

    String preset() {
        return blankToNull(preset);
    }

    /** What the form shows after a rejection: the user's text where sent, the preset's value elsewhere. */
    Map<String, String> shownAfterRejection(LbScenario base) {
        Map<String, String> shown = values(base);
        values.forEach((name, value) -> {
            if (value != null) {
                shown.put(name, value);
            }
        });
        return shown;
    }

    /** Reads the text into settings; text that is not a number becomes a problem of its field. */
    LbSettings toSettings(List<Problem> problems) {
        Function<String, Double> decimal = field -> parse(field, Double::valueOf, problems);
        Function<String, Long> whole = field -> parse(field, Long::valueOf, problems);
        Function<String, Integer> small = field -> parse(field, Integer::valueOf, problems);
        return new LbSettings(preset(), text("algorithm"), whole.apply("seed"), small.apply("requests"), text("arrivals"),
                decimal.apply("ratePerSecond"), text("cost"), decimal.apply("meanCostMs"),
                list("speeds", Double::valueOf, problems), list("weights", Integer::valueOf, problems),
                list("workers", Integer::valueOf, problems), list("queueLimits", Integer::valueOf, problems),
                text("failServer") == null ? null : text("failServer").toLowerCase(Locale.ROOT),
                whole.apply("failAtMs"), whole.apply("detectMs"), text("onFailure"), small.apply("keys"),
                small.apply("virtualNodes"));
    }

    private String text(String field) {
        return blankToNull(values.get(field));
    }

    private <T> T parse(String field, Function<String, T> parser, List<Problem> problems) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            T parsed = parser.apply(value);
            if (parsed instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw new NumberFormatException(value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "lb.error.number"));
            return null;
        }
    }

    private <T> List<T> list(String field, Function<String, T> parser, List<Problem> problems) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        List<T> parsed = new ArrayList<>();
        for (String part : value.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                T item = parser.apply(part);
                if (item instanceof Double d && (d.isNaN() || d.isInfinite())) {
                    throw new NumberFormatException(part);
                }
                parsed.add(item);
            } catch (NumberFormatException e) {
                problems.add(Problem.of(field, "lb.error.numberList"));
                return null;
            }
        }
        return parsed.isEmpty() ? null : parsed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
