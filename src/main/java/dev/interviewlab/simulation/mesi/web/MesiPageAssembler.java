package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.mesi.engine.BusTraffic;
import dev.interviewlab.simulation.mesi.engine.CheckResult;
import dev.interviewlab.simulation.mesi.engine.Layout;
import dev.interviewlab.simulation.mesi.engine.MesiPreset;
import dev.interviewlab.simulation.mesi.engine.MesiQuestion;
import dev.interviewlab.simulation.mesi.engine.MesiQuestions;
import dev.interviewlab.simulation.mesi.engine.MesiRun;
import dev.interviewlab.simulation.mesi.engine.MesiSimulation;
import dev.interviewlab.simulation.mesi.engine.MesiStep;
import dev.interviewlab.simulation.mesi.engine.Operation;
import dev.interviewlab.simulation.mesi.engine.ProtocolBug;
import dev.interviewlab.simulation.mesi.engine.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a run and the checker's verdict into the page's words, in the reader's language. */
@Component
class MesiPageAssembler {

    private final MessageSource messages;
    private final CheckerResults checker;

    MesiPageAssembler(MessageSource messages, CheckerResults checker) {
        this.messages = messages;
        this.checker = checker;
    }

    MesiPage ran(MesiForm form, MesiSettings.Resolved resolved, String path, String query, Integer step,
                 Map<String, String> answers, Locale locale) {
        Text text = new Text(locale);
        MesiRun run = MesiSimulation.run(resolved.program(), resolved.bug());
        Replay replay = Replay.of(path, query, run.steps().size(), step);
        List<MesiPage.Step> steps = new ArrayList<>();
        for (MesiStep s : run.steps()) {
            String replayClass = s.number() == replay.current() ? "is-current" : s.number() < replay.current() ? "is-past" : "is-future";
            steps.add(new MesiPage.Step(s.number(), replayClass, replay.link(s.number()),
                    text.msg("mesi.step.title", s.number(), text.operation(run, s)), text.details(run, s), text.violations(run, s)));
        }
        List<String> notes = run.firstViolation()
                .map(v -> List.of(text.msg("mesi.result.broken", v.number(), text.msg("mesi.bug." + run.bug().key()))))
                .orElse(List.of());
        MesiPage.Result result = new MesiPage.Result(
                form.getPreset() == null ? text.msg("mesi.result.heading.custom")
                        : text.msg("mesi.result.heading.preset", text.msg("mesi.preset." + form.getPreset() + ".name")),
                notes, lineNames(run.program().layout(), text), figures(run.traffic(), text),
                comparison(run, text), MesiDiagram.draw(run, replay.current(), diagramLabels(run, text)), replay, steps,
                quiz(run, form, answers, text));
        return new MesiPage(presets(form.getPreset(), text), bugs(text), sources(text), result, check(resolved, text));
    }

    MesiPage rejected(Locale locale) {
        Text text = new Text(locale);
        return new MesiPage(presets(null, text), bugs(text), sources(text), null, null);
    }

    private List<MesiPage.PresetLink> presets(String current, Text text) {
        return Arrays.stream(MesiPreset.values()).map(p -> new MesiPage.PresetLink(p.key(), text.msg("mesi.preset." + p.key() + ".name"),
                text.msg("mesi.preset." + p.key() + ".text"), p.key().equals(current))).toList();
    }

    private static List<MesiPage.Option> bugs(Text text) {
        return Arrays.stream(ProtocolBug.values()).map(b -> new MesiPage.Option(b.key(), text.msg("mesi.bug." + b.key()))).toList();
    }

    private static List<MesiPage.Option> sources(Text text) {
        return List.of(new MesiPage.Option(MesiSettings.SCRIPT, text.msg("mesi.source.script")),
                new MesiPage.Option(MesiSettings.RANDOM, text.msg("mesi.source.random")));
    }

    private static List<String> lineNames(Layout layout, Text text) {
        List<String> names = new ArrayList<>();
        for (int line = 0; line < layout.lineCount(); line++) {
            names.add(text.msg("mesi.result.line", line, String.join(", ", layout.variablesOn(line))));
        }
        return names;
    }

    private static List<MesiPage.Figure> figures(BusTraffic t, Text text) {
        return List.of(new MesiPage.Figure("BusRd", String.valueOf(t.busRd())),
                new MesiPage.Figure("BusRdX", String.valueOf(t.busRdX())),
                new MesiPage.Figure("BusUpgr", String.valueOf(t.busUpgr())),
                new MesiPage.Figure("Flush", String.valueOf(t.flush())),
                new MesiPage.Figure(text.msg("mesi.figure.writeBacks"), String.valueOf(t.writeBacks())),
                new MesiPage.Figure(text.msg("mesi.figure.memoryReads"), String.valueOf(t.memoryReads())),
                new MesiPage.Figure(text.msg("mesi.figure.hits"), String.valueOf(t.hits())),
                new MesiPage.Figure(text.msg("mesi.figure.misses"), String.valueOf(t.misses())));
    }

    /** Only a program with variables sharing a line has a padded twin to compare with. */
    private static List<MesiPage.ComparisonRow> comparison(MesiRun run, Text text) {
        if (!run.program().layout().sharesALine()) {
            return List.of();
        }
        BusTraffic written = run.traffic();
        BusTraffic padded = MesiSimulation.run(run.program().padded(), run.bug()).traffic();
        return List.of(new MesiPage.ComparisonRow(text.msg("mesi.figure.transactions"), written.transactions(), padded.transactions()),
                new MesiPage.ComparisonRow("BusRd", written.busRd(), padded.busRd()),
                new MesiPage.ComparisonRow("BusRdX", written.busRdX(), padded.busRdX()),
                new MesiPage.ComparisonRow("BusUpgr", written.busUpgr(), padded.busUpgr()),
                new MesiPage.ComparisonRow("Flush", written.flush(), padded.flush()),
                new MesiPage.ComparisonRow(text.msg("mesi.figure.misses"), written.misses(), padded.misses()));
    }

    private static MesiDiagram.Labels diagramLabels(MesiRun run, Text text) {
        return new MesiDiagram.Labels(text.msg("mesi.diagram.title"), text.msg("mesi.diagram.description"),
                text.msg("mesi.diagram.core"), text.msg("mesi.diagram.memory"), text.msg("mesi.diagram.bus"),
                number -> text.busLine(run, run.steps().get(number - 1)), "Flush", text.msg("mesi.diagram.writeBack"));
    }

    private MesiPage.Quiz quiz(MesiRun run, MesiForm form, Map<String, String> answers, Text text) {
        List<MesiQuestion> asked = MesiQuestions.of(run);
        List<MesiPage.Question> questions = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < asked.size(); i++) {
            MesiQuestion q = asked.get(i);
            String id = "q" + (i + 1);
            List<MesiPage.Option> choices = q.choices().stream().map(c -> new MesiPage.Option(c, text.choice(q, c))).toList();
            String given = answers == null ? null : answers.get(id);
            Boolean right = answers == null ? null : q.answer().equals(given);
            if (Boolean.TRUE.equals(right)) {
                correct++;
            }
            String feedback = answers == null ? null : Boolean.TRUE.equals(right) ? text.msg("mesi.quiz.correct")
                    : text.msg("mesi.quiz.wrong", text.choice(q, q.answer()));
            questions.add(new MesiPage.Question(id, text.question(run, q), choices, given, right, feedback));
        }
        String score = answers == null ? null : text.msg("mesi.quiz.score", correct, asked.size());
        return new MesiPage.Quiz(questions, hidden(form), score);
    }

    private static List<MesiPage.Hidden> hidden(MesiForm form) {
        List<MesiPage.Hidden> fields = new ArrayList<>();
        addHidden(fields, "preset", form.getPreset());
        addHidden(fields, "source", form.getSource());
        addHidden(fields, "cores", form.getCores());
        addHidden(fields, "script", form.getScript());
        addHidden(fields, "operations", form.getOperations());
        addHidden(fields, "variables", form.getVariables());
        addHidden(fields, "sameLine", String.valueOf(form.isSameLine()));
        addHidden(fields, "seed", form.getSeed());
        addHidden(fields, "bug", form.getBug());
        addHidden(fields, "checkCores", form.getCheckCores());
        addHidden(fields, "checkOps", form.getCheckOps());
        addHidden(fields, "checkVariables", form.getCheckVariables());
        addHidden(fields, "checkSameLine", String.valueOf(form.isCheckSameLine()));
        return fields;
    }

    private static void addHidden(List<MesiPage.Hidden> fields, String name, String value) {
        if (value != null) {
            fields.add(new MesiPage.Hidden(name, value));
        }
    }

    private MesiPage.Check check(MesiSettings.Resolved resolved, Text text) {
        CheckResult result = checker.check(resolved.check(), resolved.bug());
        String bounds = text.msg("mesi.check.bounds", result.bounds().cores(), result.bounds().opsPerCore(), result.bounds().variables());
        List<MesiPage.Figure> figures = List.of(new MesiPage.Figure(text.msg("mesi.check.explored"), bounds),
                new MesiPage.Figure(text.msg("mesi.check.states"), String.format(text.locale, "%,d", result.states())),
                new MesiPage.Figure(text.msg("mesi.check.transitions"), String.format(text.locale, "%,d", result.transitions())));
        if (result.counterexample().isEmpty()) {
            String verdict = result.complete() ? text.msg("mesi.check.passed") : text.msg("mesi.check.incomplete", result.states());
            return new MesiPage.Check(verdict, result.complete(), figures, null, List.of(), List.of(), null);
        }
        MesiRun example = result.counterexample().get();
        List<String> steps = new ArrayList<>();
        for (MesiStep step : example.steps()) {
            steps.add(text.msg("mesi.step.title", step.number(), text.operation(example, step)) + " — " + text.busLine(example, step));
        }
        List<String> violations = text.violations(example, example.steps().get(example.steps().size() - 1));
        String script = example.program().script();
        String link = UriComponentsBuilder.fromPath(MesiSimulationController.PATH).queryParam("cores", example.program().cores())
                .queryParam("script", script).queryParam("bug", result.bug().key())
                .queryParam("step", example.steps().size()).encode().build().toUriString() + "#mesi-result";
        return new MesiPage.Check(text.msg("mesi.check.found", example.steps().size()), false, figures, script, steps, violations, link);
    }

    /** The page's sentences, in one language. */
    private final class Text {

        private final Locale locale;

        Text(Locale locale) {
            this.locale = locale;
        }

        String msg(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String variable(MesiRun run, Operation op) {
            return run.program().layout().variables().get(op.variable());
        }

        String operation(MesiRun run, MesiStep step) {
            Operation op = step.operation();
            return msg("mesi.op." + op.kind().name(), op.core(), variable(run, op), op.value());
        }

        String busLine(MesiRun run, MesiStep step) {
            if (step.bus() == null) {
                return msg("mesi.bus.none");
            }
            String supply = step.suppliedBy() >= 0 ? msg("mesi.supply.cache", step.suppliedBy())
                    : step.suppliedBy() == MesiStep.MEMORY ? msg("mesi.supply.memory") : msg("mesi.supply.none");
            return msg("mesi.bus.message", step.bus().label(), step.operation().core(), supply);
        }

        List<String> details(MesiRun run, MesiStep step) {
            List<String> lines = new ArrayList<>();
            if (step.rule() == null) {
                lines.add(msg("mesi.step.notCached"));
                return lines;
            }
            lines.add(msg("mesi.step.transition", step.operation().core(), step.rule().from().letter(), step.rule().to().letter(),
                    msg("mesi.rule." + step.rule().name())));
            lines.add(busLine(run, step));
            for (MesiStep.Snoop snoop : step.snoops()) {
                lines.add(msg("mesi.step.snoop", snoop.core(), snoop.rule().from().letter(), snoop.rule().to().letter(),
                        msg("mesi.rule." + snoop.rule().name())));
            }
            if (step.writeBack()) {
                lines.add(msg("mesi.step.writeBack"));
            }
            if (step.valueRead() != null) {
                lines.add(msg("mesi.step.read", variable(run, step.operation()), step.valueRead()));
            }
            return lines;
        }

        List<String> violations(MesiRun run, MesiStep step) {
            List<String> lines = new ArrayList<>();
            for (Violation v : step.violations()) {
                if (v.kind() == Violation.Kind.STALE_READ) {
                    lines.add(msg("mesi.violation.STALE_READ", v.cores().get(0), run.program().layout().variables().get(v.variable()),
                            v.actual(), v.expected()));
                } else {
                    lines.add(msg("mesi.violation.SINGLE_WRITER", v.line(), v.cores().get(0),
                            step.after().state(v.cores().get(0), v.line()).letter(),
                            String.join(", ", v.cores().subList(1, v.cores().size()).stream().map(c -> "c" + c).toList())));
                }
            }
            return lines;
        }

        String question(MesiRun run, MesiQuestion q) {
            return switch (q.kind()) {
                case STATE_AFTER -> msg("mesi.quiz.STATE_AFTER", q.step(), q.line(), q.core());
                case BUS_MESSAGE -> msg("mesi.quiz.BUS_MESSAGE", q.step(), operation(run, run.steps().get(q.step() - 1)));
                case SUPPLIER -> msg("mesi.quiz.SUPPLIER", q.step(), operation(run, run.steps().get(q.step() - 1)));
            };
        }

        String choice(MesiQuestion q, String value) {
            if (value.equals(MesiQuestions.NONE)) {
                return msg(q.kind() == MesiQuestion.Kind.SUPPLIER ? "mesi.supply.none" : "mesi.bus.none");
            }
            if (value.equals(MesiQuestions.MEMORY)) {
                return msg("mesi.choice.memory");
            }
            if (q.kind() == MesiQuestion.Kind.STATE_AFTER) {
                return msg("mesi.state." + value);
            }
            return value;
        }
    }
}
