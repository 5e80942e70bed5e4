package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.gmp.engine.EventKind;
import dev.interviewlab.simulation.gmp.engine.Frame;
import dev.interviewlab.simulation.gmp.engine.GmpEvent;
import dev.interviewlab.simulation.gmp.engine.GmpInput;
import dev.interviewlab.simulation.gmp.engine.GmpRun;
import dev.interviewlab.simulation.gmp.engine.GmpSimulation;
import dev.interviewlab.simulation.gmp.engine.Preemption;
import dev.interviewlab.simulation.gmp.engine.Preset;
import dev.interviewlab.simulation.gmp.engine.Summary;
import dev.interviewlab.simulation.gmp.engine.Tick;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the GMP page's views from a run; all text comes from the gmp bundle. */
@Component
class GmpPageAssembler {

    /** Steps are the ticks where something worth stopping at happened; a long run shows the first ones. */
    static final int MAX_STEPS = 80;

    /** The events that make a tick a step: the scheduler decisions the page is about. */
    static final Set<EventKind> INTERESTING = EnumSet.of(EventKind.STEAL, EventKind.HANDOFF, EventKind.PREEMPT,
            EventKind.PREEMPT_IGNORED, EventKind.GLOBAL_CHECK, EventKind.OVERFLOW, EventKind.NETPOLL_INJECT,
            EventKind.NETPOLL_READY, EventKind.GLOBAL_TAKE, EventKind.SYSCALL_ENTER, EventKind.SYSCALL_EXIT,
            EventKind.M_CREATED, EventKind.TIMER_READY);

    /**
     * Events raised while the goroutines run, after the engine took the tick's frame (which shows the Ps'
     * choices before they run): the next tick's frame is the first to show them.
     */
    private static final Set<EventKind> RAISED_WHILE_RUNNING = EnumSet.of(EventKind.SYSCALL_ENTER, EventKind.OVERFLOW);

    /** Events whose second argument is a count of goroutines rather than a goroutine. */
    private static final Set<EventKind> COUNTED = EnumSet.of(EventKind.OVERFLOW, EventKind.GLOBAL_TAKE, EventKind.STEAL,
            EventKind.NETPOLL_READY, EventKind.NETPOLL_INJECT);

    private final MessageSource messages;

    GmpPageAssembler(MessageSource messages) {
        this.messages = messages;
    }

    List<GmpViews.PresetView> presets(Locale locale) {
        return Arrays.stream(Preset.values()).map(preset -> new GmpViews.PresetView(preset.slug(),
                text(preset.messageKey(), locale), text(preset.messageKey() + ".desc", locale),
                UriComponentsBuilder.fromPath(GmpSimulationController.PATH).queryParam("preset", preset.slug())
                        .fragment("gmp-result").build().toUriString())).toList();
    }

    List<GmpViews.Choice> preemptions(Preemption selected, Locale locale) {
        return Arrays.stream(Preemption.values()).map(p -> new GmpViews.Choice(p.slug(),
                text("gmp.preemption." + p.slug(), locale), p == selected)).toList();
    }

    /** The frame that shows a step's events: the tick's own, or the next one for events raised while running. */
    static Frame frameShowing(GmpRun run, int tick, List<GmpEvent> events) {
        boolean whileRunning = events.stream().anyMatch(event -> RAISED_WHILE_RUNNING.contains(event.kind()));
        return run.frames().get(Math.min(whileRunning ? tick + 1 : tick, run.frames().size() - 1));
    }

    /** @param answers the "test yourself" answers when the learner asked to check them, else null */
    GmpViews.RunView run(GmpRun run, String path, String query, Integer step, Map<String, String> answers,
                         Locale locale) {
        Map<Integer, List<GmpEvent>> byTick = new LinkedHashMap<>();
        byTick.put(0, new ArrayList<>());
        for (GmpEvent event : run.events()) {
            if (INTERESTING.contains(event.kind())) {
                byTick.computeIfAbsent(event.tick(), t -> new ArrayList<>()).add(event);
            }
        }
        int allSteps = byTick.size();
        List<Integer> ticks = byTick.keySet().stream().limit(MAX_STEPS).toList();
        Replay replay = Replay.of(path, query, ticks.size(), step);
        List<GmpViews.StepView> steps = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            int number = i + 1;
            int tick = ticks.get(i);
            String time = text("gmp.step.time", locale, tick, millis(tick, locale));
            List<String> explained = byTick.get(tick).stream().map(e -> explain(e, locale)).toList();
            if (explained.isEmpty()) {
                explained = List.of(text("gmp.step.start", locale, run.input().gomaxprocs()));
            }
            String state = number == replay.current() ? "is-current" : number < replay.current() ? "is-past" : "is-future";
            steps.add(new GmpViews.StepView(number, tick, time, state, explained, replay.link(number)));
            frames.add(frameShowing(run, tick, byTick.get(tick)));
            captions.add(time);
        }
        SchedulerSvg.Labels labels = new SchedulerSvg.Labels(text("gmp.svg.title", locale),
                text("gmp.svg.description", locale), text("gmp.svg.idle", locale), text("gmp.svg.syscall", locale),
                text("gmp.svg.local", locale), text("gmp.svg.global", locale), text("gmp.svg.inSyscall", locale),
                text("gmp.svg.netpoll", locale), text("gmp.svg.threads", locale), captions);
        List<GmpViews.QuestionView> questions = new ArrayList<>();
        int score = 0;
        for (GmpQuestions.Question question : GmpQuestions.of(run)) {
            String chosen = answers == null ? null : answers.get(question.id());
            Boolean correct = answers == null ? null : question.isCorrect(chosen == null ? "" : chosen);
            if (Boolean.TRUE.equals(correct)) {
                score++;
            }
            questions.add(question(question, chosen, correct, run, locale));
        }
        String settings = text("gmp.result.settings", locale, run.input().gomaxprocs(),
                text("gmp.preemption." + run.input().preemption().slug(), locale), run.input().seed());
        return new GmpViews.RunView(settings, replay, SchedulerSvg.draw(frames, replay.current(), labels), steps,
                ticks.size(), allSteps, summary(run.summary(), locale), run.summary().truncated(),
                compare(run, path, query, locale), questions, answers != null, score);
    }

    private String explain(GmpEvent e, Locale locale) {
        Object second = COUNTED.contains(e.kind()) ? e.count() : e.g();
        Object third = e.kind() == EventKind.STEAL ? e.other() : e.m();
        return text(e.kind().messageKey(), locale, e.p(), second, third);
    }

    private List<GmpViews.Figure> summary(Summary s, Locale locale) {
        return List.of(
                new GmpViews.Figure(text("gmp.summary.ticks", locale), millis(s.ticks(), locale)),
                new GmpViews.Figure(text("gmp.summary.firstRun", locale), text("gmp.summary.firstRunValue", locale,
                        millis(s.maxFirstRun(), locale), String.format(locale, "%.2f", s.meanFirstRun() * Tick.MICROS / 1000.0))),
                new GmpViews.Figure(text("gmp.summary.longestWait", locale), millis(s.maxStarvation(), locale)),
                new GmpViews.Figure(text("gmp.summary.steals", locale), text("gmp.summary.stealsValue", locale, s.steals(), s.stolen())),
                new GmpViews.Figure(text("gmp.summary.handoffs", locale), Integer.toString(s.handoffs())),
                new GmpViews.Figure(text("gmp.summary.preemptions", locale),
                        text("gmp.summary.preemptionsValue", locale, s.preemptions(), s.ignoredPreemptions())),
                new GmpViews.Figure(text("gmp.summary.threads", locale), Integer.toString(s.threads())),
                new GmpViews.Figure(text("gmp.summary.globalChecks", locale), Integer.toString(s.globalChecks())),
                new GmpViews.Figure(text("gmp.summary.overflows", locale),
                        text("gmp.summary.overflowsValue", locale, s.overflows(), s.maxGlobal())));
    }

    /** The same workload under both preemption models: what Go 1.14's signals change. */
    private List<GmpViews.CompareRow> compare(GmpRun shown, String path, String query, Locale locale) {
        List<GmpViews.CompareRow> rows = new ArrayList<>();
        for (Preemption preemption : Preemption.values()) {
            GmpInput in = shown.input();
            GmpRun run = preemption == in.preemption() ? shown
                    : GmpSimulation.run(new GmpInput(in.spawns(), in.gomaxprocs(), preemption, in.seed()));
            String link = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("preemption", preemption.slug())
                    .replaceQueryParam("step").replaceQueryParam("check").replaceQueryParam("q1").replaceQueryParam("q2")
                    .replaceQueryParam("q3").fragment("gmp-result").build().toUriString();
            Summary s = run.summary();
            rows.add(new GmpViews.CompareRow(text("gmp.preemption." + preemption.slug(), locale), millis(s.ticks(), locale),
                    millis(s.maxFirstRun(), locale), millis(s.maxStarvation(), locale), s.preemptions(),
                    s.ignoredPreemptions(), link, preemption == in.preemption()));
        }
        return rows;
    }

    private GmpViews.QuestionView question(GmpQuestions.Question question, String chosen, Boolean correct, GmpRun run,
                                           Locale locale) {
        List<GmpViews.OptionView> options = question.options().stream()
                .map(o -> new GmpViews.OptionView(o, optionLabel(o, locale), o.equals(chosen))).toList();
        Summary s = run.summary();
        String explanation = correct == null ? null : text(question.key() + ".explain", locale,
                optionLabel(question.correct(), locale), s.threads(), s.steals(), s.stolen(), s.preemptions(),
                s.ignoredPreemptions(), run.input().gomaxprocs(), s.handoffs());
        return new GmpViews.QuestionView(question.id(), text(question.key(), locale), options, correct, explanation);
    }

    private String optionLabel(String option, Locale locale) {
        return GmpQuestions.YES.equals(option) || GmpQuestions.NO.equals(option) ? text("gmp.quiz." + option, locale) : option;
    }

    private static String millis(int ticks, Locale locale) {
        return String.format(locale, "%.1f ms", Tick.millis(ticks));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
