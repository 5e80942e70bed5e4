package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.loadbalancing.engine.Algorithm;
import dev.interviewlab.simulation.loadbalancing.engine.ArrivalProcess;
import dev.interviewlab.simulation.loadbalancing.engine.Choice;
import dev.interviewlab.simulation.loadbalancing.engine.CostDistribution;
import dev.interviewlab.simulation.loadbalancing.engine.FailurePolicy;
import dev.interviewlab.simulation.loadbalancing.engine.LbEvent;
import dev.interviewlab.simulation.loadbalancing.engine.LbPreset;
import dev.interviewlab.simulation.loadbalancing.engine.LbQuestion;
import dev.interviewlab.simulation.loadbalancing.engine.LbQuestions;
import dev.interviewlab.simulation.loadbalancing.engine.LbRun;
import dev.interviewlab.simulation.loadbalancing.engine.LbScenario;
import dev.interviewlab.simulation.loadbalancing.engine.LbSettings;
import dev.interviewlab.simulation.loadbalancing.engine.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** Turns a run (or the problems with its settings) into the page's view model, in the reader's language. */
@Component
class LbPageAssembler {

    private static final Map<String, List<String>> GROUPS = Map.of(
            "traffic", List.of("algorithm", "seed", "requests", "arrivals", "ratePerSecond", "cost", "meanCostMs"),
            "servers", List.of("speeds", "weights", "workers", "queueLimits"),
            "failure", List.of("failServer", "failAtMs", "detectMs", "onFailure"),
            "hashing", List.of("keys", "virtualNodes"));
    private static final List<String> GROUP_ORDER = List.of("traffic", "servers", "failure", "hashing");

    private final MessageSource messages;
    private final LbResultViews results;

    LbPageAssembler(MessageSource messages, LbResultViews results) {
        this.messages = messages;
        this.results = results;
    }

    LbPage rejected(LbForm submitted, List<Problem> problems, Locale locale) {
        LbPreset base = submitted.preset() == null ? LbPreset.DEFAULT
                : Choice.parse(LbPreset.class, submitted.preset()).orElse(LbPreset.DEFAULT);
        List<String> other = problems.stream().filter(p -> !LbForm.FIELDS.contains(p.field()))
                .map(p -> msg("lb.error.field", locale, p.field(), message(p, locale))).toList();
        return new LbPage(presets(null, locale), form(submitted.shownAfterRejection(base.scenario()), problems, locale),
                problems.size(), other, null);
    }

    /** @param answers the submitted answers by question id, or null when none were submitted */
    LbPage ran(LbPreset base, LbRun run, String path, String queryString, Integer step, Map<String, String> answers,
               Locale locale) {
        LbPreset shown = run.scenario().equals(base.scenario()) ? base : null;
        Replay replay = Replay.of(path, queryString, run.trace().size(), step);
        StepText text = new StepText(messages, locale, run.scenario());
        List<LbPage.Step> steps = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (LbEvent event : run.trace()) {
            String time = LbResultViews.milliseconds(event.timeMs());
            String what = text.what(event);
            steps.add(new LbPage.Step(event.step(), replayClass(event.step(), replay.current()), replay.link(event.step()),
                    time, what, text.why(event)));
            captions.add(event.request() >= 0 ? msg("lb.diagram.caption.request", locale, time, event.request() + 1)
                    : msg("lb.diagram.caption.server", locale, time, LbScenario.serverName(event.server())));
        }
        String diagram = ReplayDiagram.draw(run.trace(), run.scenario().servers().size(), replay.current(),
                new ReplayDiagram.Labels(msg("lb.diagram.title", locale), msg("lb.diagram.desc", locale),
                        msg("lb.diagram.balancer", locale), msg("lb.diagram.down", locale), captions));
        String heading = shown == null ? msg("lb.result.custom", locale, algorithmName(run.scenario().algorithm(), locale))
                : msg("lb.result.preset", locale, msg("lb.preset." + shown.key() + ".name", locale));
        LbPage.Result result = new LbPage.Result(heading, msg("lb.result.lead", locale, run.scenario().requests(),
                algorithmName(run.scenario().algorithm(), locale), run.scenario().seed()),
                results.notes(run, locale), results.figures(run, locale), results.servers(run), results.loadChart(run, locale),
                results.comparison(run, path, queryString, locale), results.comparisonChart(run, locale),
                results.keyMovement(run, locale), diagram, replay, steps, quiz(shown, run, answers, locale));
        return new LbPage(presets(shown, locale), form(LbForm.values(run.scenario()), List.of(), locale), 0, List.of(), result);
    }

    static String replayClass(int step, int current) {
        return step == current ? "is-current" : step < current ? "is-past" : "is-future";
    }

    /** The page's address with one setting changed, keeping the others and dropping step and answers. */
    static String withSetting(String path, String queryString, String name, String value) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).query(queryString).replaceQueryParam("step")
                .replaceQueryParam("check");
        for (String answer : List.of("q1", "q2", "q3")) {
            builder.replaceQueryParam(answer);
        }
        return builder.replaceQueryParam(name, value).fragment("lb-result").build().toUriString();
    }

    private List<LbPage.PresetLink> presets(LbPreset current, Locale locale) {
        return Arrays.stream(LbPreset.values()).map(preset -> new LbPage.PresetLink(preset.key(),
                msg("lb.preset." + preset.key() + ".name", locale), msg("lb.preset." + preset.key() + ".text", locale),
                preset == current)).toList();
    }

    private List<LbPage.FieldGroup> form(Map<String, String> values, List<Problem> problems, Locale locale) {
        List<LbPage.FieldGroup> groups = new ArrayList<>();
        for (String group : GROUP_ORDER) {
            List<LbPage.FormField> fields = GROUPS.get(group).stream().map(name -> new LbPage.FormField(name,
                    msg("lb.field." + name, locale), msg("lb.field." + name + ".help", locale),
                    options(name, values, locale).isEmpty() ? "text" : "select",
                    values.get(name) == null ? "" : values.get(name), options(name, values, locale),
                    problems.stream().filter(p -> p.field().equals(name)).map(p -> message(p, locale)).toList())).toList();
            groups.add(new LbPage.FieldGroup("lb-group-" + group, msg("lb.form.group." + group, locale), fields));
        }
        return groups;
    }

    private List<LbPage.Option> options(String field, Map<String, String> values, Locale locale) {
        return switch (field) {
            case "algorithm" -> Arrays.stream(Algorithm.values())
                    .map(a -> new LbPage.Option(a.key(), algorithmName(a, locale))).toList();
            case "arrivals" -> choices(field, Choice.keys(ArrivalProcess.class), locale);
            case "cost" -> choices(field, Choice.keys(CostDistribution.class), locale);
            case "onFailure" -> choices(field, Choice.keys(FailurePolicy.class), locale);
            case "failServer" -> {
                List<LbPage.Option> options = new ArrayList<>();
                options.add(new LbPage.Option(LbSettings.NO_FAILURE, msg("lb.choice.failServer.none", locale)));
                IntStream.range(0, serverCount(values.get("speeds"))).mapToObj(LbScenario::serverName)
                        .forEach(name -> options.add(new LbPage.Option(name, name)));
                yield options;
            }
            default -> List.of();
        };
    }

    /** How many servers the speeds field names, for the failing server's choices; at least one, at most eight. */
    private static int serverCount(String speeds) {
        int count = speeds == null ? 0 : (int) Arrays.stream(speeds.split("[,\\s]+")).filter(s -> !s.isEmpty()).count();
        return Math.max(1, Math.min(count, dev.interviewlab.simulation.loadbalancing.engine.LbLimits.MAX_SERVERS));
    }

    private List<LbPage.Option> choices(String field, List<String> keys, Locale locale) {
        return keys.stream().map(key -> new LbPage.Option(key, msg("lb.choice." + field + "." + key, locale))).toList();
    }

    String algorithmName(Algorithm algorithm, Locale locale) {
        return msg("lb.algorithm." + algorithm.key(), locale);
    }

    private LbPage.Quiz quiz(LbPreset shown, LbRun run, Map<String, String> answers, Locale locale) {
        List<LbPage.Question> questions = new ArrayList<>();
        int right = 0;
        for (LbQuestion question : LbQuestions.of(run)) {
            List<LbPage.Option> choices = question.choices().stream()
                    .map(choice -> new LbPage.Option(choice, choiceLabel(question, choice, locale))).toList();
            String text = msg("lb.quiz." + question.kind().name(), locale, question.arguments().toArray());
            String given = answers == null ? null : answers.get(question.id());
            Boolean correct = null;
            String feedback = null;
            if (answers != null) {
                String answer = String.join(", ", question.answers().stream().map(a -> choiceLabel(question, a, locale)).toList());
                correct = question.isAnsweredBy(given);
                if (correct) {
                    right++;
                    feedback = msg("lb.quiz.correct", locale, answer);
                } else if (given == null || given.isBlank()) {
                    feedback = msg("lb.quiz.unanswered", locale, answer);
                } else if (!question.offers(given)) {
                    feedback = msg("lb.quiz.invalid", locale, answer);
                } else {
                    feedback = msg("lb.quiz.wrong", locale, answer);
                }
            }
            questions.add(new LbPage.Question(question.id(), text, choices, given, correct, feedback));
        }
        String score = answers == null ? null : msg("lb.quiz.score", locale, right, questions.size());
        List<LbPage.Hidden> hidden = new ArrayList<>();
        if (shown != null) {
            hidden.add(new LbPage.Hidden("preset", shown.key()));
        }
        LbForm.values(run.scenario()).forEach((name, value) -> hidden.add(new LbPage.Hidden(name, value)));
        return new LbPage.Quiz(questions, hidden, score);
    }

    private String choiceLabel(LbQuestion question, String choice, Locale locale) {
        return question.kind() == LbQuestion.Kind.LOWEST_P99
                ? algorithmName(Choice.parse(Algorithm.class, choice).orElseThrow(), locale) : choice;
    }

    private String message(Problem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
