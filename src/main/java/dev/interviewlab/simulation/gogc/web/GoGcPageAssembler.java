package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.gogc.engine.Barrier;
import dev.interviewlab.simulation.gogc.engine.GcEvent;
import dev.interviewlab.simulation.gogc.engine.GcQuestions;
import dev.interviewlab.simulation.gogc.engine.GcRun;
import dev.interviewlab.simulation.gogc.engine.GcSimulation;
import dev.interviewlab.simulation.gogc.engine.InvariantReport;
import dev.interviewlab.simulation.gogc.engine.ModelChecker;
import dev.interviewlab.simulation.gogc.engine.Preset;
import dev.interviewlab.simulation.gogc.engine.Question;
import dev.interviewlab.simulation.gogc.engine.Shade;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the page's views from a run; all text comes from the gogc bundle. */
@Component
class GoGcPageAssembler {

    private final MessageSource messages;
    private final CounterexampleCache counterexamples;

    GoGcPageAssembler(MessageSource messages, CounterexampleCache counterexamples) {
        this.messages = messages;
        this.counterexamples = counterexamples;
    }

    List<GoGcViews.PresetView> presets(Locale locale) {
        return java.util.Arrays.stream(Preset.values()).map(preset -> new GoGcViews.PresetView(preset.slug(),
                text(preset.messageKey(), locale), text(preset.messageKey() + ".desc", locale),
                UriComponentsBuilder.fromPath(GoGcSimulationController.PATH).queryParam("preset", preset.slug())
                        .queryParam("barrier", Barrier.NONE.key()).fragment("gogc-result").build().toUriString())).toList();
    }

    List<GoGcViews.Choice> barriers(String selected, Locale locale) {
        Barrier chosen = Barrier.byKey(selected).orElse(Barrier.NONE);
        return java.util.Arrays.stream(Barrier.values())
                .map(b -> new GoGcViews.Choice(b.key(), text("gogc.barrier." + b.key(), locale), b == chosen)).toList();
    }

    /**
     * @param answers the "test yourself" answers when the learner asked to check them, else null
     */
    GoGcViews.RunView run(GcRun run, String path, String query, Integer step, Map<String, List<String>> answers,
                          Locale locale) {
        Replay replay = Replay.of(path, query, run.events().size(), step);
        List<GoGcViews.StepView> steps = new ArrayList<>();
        for (GcEvent event : run.events()) {
            String state = event.number() == replay.current() ? "is-current" : event.number() < replay.current() ? "is-past" : "is-future";
            boolean bug = run.freedLiveObject() && (event.kind().key().equals("termination") || event.kind().key().equals("sweep"));
            steps.add(new GoGcViews.StepView(event.number(), state, event.text(),
                    text("gogc.event." + event.kind().key(), locale, event.arguments().stream()
                            .map(a -> a.isEmpty() ? text("gogc.result.nothing", locale) : a).toArray()),
                    notes(event, run, locale),
                    !event.invariants().weakHolds(), bug, replay.link(event.number())));
        }
        HeapSvg.Labels labels = new HeapSvg.Labels(text("gogc.svg.title", locale), text("gogc.svg.description", locale),
                text("gogc.svg.freed", locale), text("gogc.svg.lost", locale), text("gogc.svg.stack", locale),
                text("gogc.svg.globals", locale));
        String outcome = run.freedLiveObject()
                ? text("gogc.result.bug", locale, String.join(", ", run.lost()), text("gogc.barrier." + run.barrier().key(), locale))
                : text("gogc.result.safe", locale, run.freed().isEmpty() ? text("gogc.result.nothing", locale) : String.join(", ", run.freed()));
        List<GoGcViews.QuestionView> questions = new ArrayList<>();
        int score = 0;
        for (Question question : GcQuestions.of(run)) {
            Set<String> chosen = answers == null ? Set.of() : new LinkedHashSet<>(answers.getOrDefault(question.id(), List.of()));
            Boolean correct = answers == null ? null : question.isCorrect(chosen);
            if (Boolean.TRUE.equals(correct)) {
                score++;
            }
            questions.add(question(question, chosen, correct, locale));
        }
        return new GoGcViews.RunView(text("gogc.barrier." + run.barrier().key(), locale),
                text("gogc.barrier." + run.barrier().key() + ".rule", locale),
                text("gogc.invariant.promise." + run.barrier().promise().key(), locale), outcome, run.freedLiveObject(),
                replay, HeapSvg.draw(run.events(), replay.current(), labels), steps, compare(run, path, query, locale),
                questions, answers != null, score);
    }

    GoGcViews.CounterexampleView counterexample(Locale locale) {
        ModelChecker.Result result = counterexamples.withoutBarrier();
        ModelChecker.Counterexample found = result.counterexample();
        if (found == null) {
            return null;
        }
        List<String> path = found.path().stream().map(s -> s.text(found.scenario().layout())).toList();
        String link = UriComponentsBuilder.fromPath(GoGcSimulationController.PATH).queryParam("script", "{script}")
                .queryParam("barrier", Barrier.NONE.key()).fragment("gogc-result").encode().buildAndExpand(found.script())
                .toUriString();
        return new GoGcViews.CounterexampleView(path, String.join(", ", found.objects()), result.states(), link);
    }

    private List<String> notes(GcEvent event, GcRun run, Locale locale) {
        List<String> notes = new ArrayList<>();
        for (Shade shade : event.shades()) {
            notes.add(text("gogc.shade." + shade.cause().key(), locale, run.scenario().layout().object(shade.object())));
        }
        InvariantReport report = event.invariants();
        if (!report.strongHolds()) {
            String edges = report.blackToWhite().stream()
                    .map(e -> e.holder() + "." + e.slot() + " → " + run.scenario().layout().object(e.target()))
                    .collect(Collectors.joining(", "));
            notes.add(text("gogc.invariant.strongBroken", locale, edges));
        }
        if (!report.weakHolds()) {
            notes.add(text("gogc.invariant.weakBroken", locale, report.unprotected().stream()
                    .map(run.scenario().layout()::object).collect(Collectors.joining(", "))));
        }
        if (report.strongHolds()) {
            notes.add(text("gogc.invariant.bothHold", locale));
        } else if (report.weakHolds()) {
            notes.add(text("gogc.invariant.weakHolds", locale));
        }
        return notes;
    }

    private List<GoGcViews.CompareRow> compare(GcRun shown, String path, String query, Locale locale) {
        List<GoGcViews.CompareRow> rows = new ArrayList<>();
        for (Barrier barrier : Barrier.values()) {
            GcRun run = barrier == shown.barrier() ? shown : GcSimulation.run(shown.scenario(), barrier);
            String none = text("gogc.result.nothing", locale);
            String link = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("barrier", barrier.key())
                    .replaceQueryParam("step").replaceQueryParam("check").replaceQueryParam("q1").replaceQueryParam("q2")
                    .replaceQueryParam("q3").fragment("gogc-result").build().toUriString();
            rows.add(new GoGcViews.CompareRow(text("gogc.barrier." + barrier.key(), locale),
                    run.freed().isEmpty() ? none : String.join(", ", run.freed()),
                    run.lost().isEmpty() ? none : String.join(", ", run.lost()),
                    brokenAt(run.strongBrokenAt(), locale), brokenAt(run.weakBrokenAt(), locale), link,
                    barrier == shown.barrier()));
        }
        return rows;
    }

    private String brokenAt(int step, Locale locale) {
        return step == 0 ? text("gogc.compare.held", locale) : text("gogc.compare.brokenAt", locale, step);
    }

    private GoGcViews.QuestionView question(Question question, Set<String> chosen, Boolean correct, Locale locale) {
        List<GoGcViews.OptionView> options = question.options().stream()
                .map(option -> new GoGcViews.OptionView(option, optionLabel(option, locale), chosen.contains(option))).toList();
        List<Object> arguments = new ArrayList<>(question.arguments());
        arguments.add(question.correct().stream().sorted().map(option -> optionLabel(option, locale)).collect(Collectors.joining(", ")));
        String explanation = correct == null ? null : text(question.explanationKey(), locale, arguments.toArray());
        return new GoGcViews.QuestionView(question.id(), text(question.promptKey(), locale, question.arguments().toArray()),
                question.multiple(), options, correct, explanation);
    }

    private String optionLabel(String option, Locale locale) {
        return switch (option) {
            case GcQuestions.YES, GcQuestions.NO, GcQuestions.NONE -> text("gogc.quiz." + option, locale);
            default -> option;
        };
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
