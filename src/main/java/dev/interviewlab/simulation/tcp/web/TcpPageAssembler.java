package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.tcp.engine.AppNotice;
import dev.interviewlab.simulation.tcp.engine.CloseMode;
import dev.interviewlab.simulation.tcp.engine.FirstCloser;
import dev.interviewlab.simulation.tcp.engine.Opening;
import dev.interviewlab.simulation.tcp.engine.Segment;
import dev.interviewlab.simulation.tcp.engine.SettingChoice;
import dev.interviewlab.simulation.tcp.engine.SettingProblem;
import dev.interviewlab.simulation.tcp.engine.Side;
import dev.interviewlab.simulation.tcp.engine.TcpEvent;
import dev.interviewlab.simulation.tcp.engine.TcpInput;
import dev.interviewlab.simulation.tcp.engine.TcpLimits;
import dev.interviewlab.simulation.tcp.engine.TcpPrediction;
import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpQuestion;
import dev.interviewlab.simulation.tcp.engine.TcpQuestions;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpSummary;
import dev.interviewlab.simulation.tcp.engine.TimerProfile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a run (or the problems with its settings) into the page's view model, in the reader's language. */
@Component
class TcpPageAssembler {

    private static final Map<String, List<String>> GROUPS = Map.of(
            "opening", List.of("opening", "requestBytes", "responseBytes"),
            "closing", List.of("firstCloser", "closeAtMs", "closeMode", "peerCloses", "peerCloseDelayMs",
                    "bytesAfterEndOfStream"),
            "network", List.of("delayMs", "lostSegments"),
            "timers", List.of("profile", "mslMs", "rtoMs", "synRetries", "synAckRetries", "maxRetries", "finTimeoutMs"),
            "keepalive", List.of("keepalive", "keepaliveIdleMs", "keepaliveIntervalMs", "keepaliveProbes", "serverGoesDown",
                    "serverDownAtMs"));
    private static final List<String> GROUP_ORDER = List.of("opening", "closing", "network", "timers", "keepalive");

    private final MessageSource messages;

    TcpPageAssembler(MessageSource messages) {
        this.messages = messages;
    }

    /** The form again with the user's text and what is wrong with it; no run. */
    TcpPage rejected(TcpSettingsForm submitted, List<SettingProblem> problems, Locale locale) {
        List<String> other = problems.stream().filter(p -> !TcpSettingsForm.FIELDS.contains(p.field()))
                .map(p -> msg("tcp.error.field", locale, p.field(), message(p, locale))).toList();
        return new TcpPage(presets(null, locale), form(TcpSettingsForm.shownAfterRejection(submitted), problems, locale),
                problems.size(), other, null);
    }

    /**
     * @param answers the submitted answers by question id, or null when none were submitted
     */
    TcpPage ran(TcpPreset base, TcpRun run, String path, String queryString, Integer step, Map<String, String> answers,
                Locale locale) {
        TcpPreset shown = run.scenario().equals(base.scenario()) ? base : null;
        Replay replay = Replay.of(path, queryString, run.events().size(), step);
        List<TcpPage.Step> steps = steps(run, replay, locale);
        String heading = shown == null ? msg("tcp.result.custom", locale)
                : msg("tcp.result.preset", locale, msg("tcp.preset." + shown.key() + ".name", locale));
        TcpSequenceDiagram.Labels labels = new TcpSequenceDiagram.Labels(msg("tcp.diagram.title", locale),
                msg("tcp.diagram.desc", locale), msg("tcp.side.heading.client", locale), msg("tcp.side.heading.server", locale),
                msg("tcp.diagram.lost", locale), msg("tcp.diagram.hostDown", locale));
        String diagram = TcpSequenceDiagram.draw(run, labels,
                steps.stream().map(s -> msg("tcp.step.arrival", locale, s.side(), msg("tcp.step.call", locale, s.what(), s.change())))
                        .toList(), replay.current());
        TcpSummary summary = run.summary();
        TcpPage.Result result = new TcpPage.Result(heading, notes(run, summary, locale), figures(summary, locale),
                endpointRows(summary, locale), diagram, replay, predictLink(run, queryString, replay), steps, paths(run, locale),
                quiz(shown, run, answers, locale));
        return new TcpPage(presets(shown, locale), form(TcpSettingsForm.of(run.scenario()).values(), List.of(), locale), 0,
                List.of(), result);
    }

    /** Predict mode on the same settings, from the step shown on; the quiz's answers stay behind. */
    private static String predictLink(TcpRun run, String queryString, Replay replay) {
        return TcpPrediction.nextAtOrAfter(run, replay.current()).map(step -> UriComponentsBuilder
                .fromPath(TcpPredictController.PATH).query(queryString).replaceQueryParam("check").replaceQueryParam("q1")
                .replaceQueryParam("q2").replaceQueryParam("q3").replaceQueryParam("lang").replaceQueryParam("step", step).build().toUriString())
                .orElse(null);
    }

    private List<TcpPage.PresetLink> presets(TcpPreset current, Locale locale) {
        return Arrays.stream(TcpPreset.values()).map(preset -> new TcpPage.PresetLink(preset.key(),
                msg("tcp.preset." + preset.key() + ".name", locale), msg("tcp.preset." + preset.key() + ".text", locale),
                preset == current)).toList();
    }

    private List<TcpPage.FieldGroup> form(Map<String, String> values, List<SettingProblem> problems, Locale locale) {
        List<TcpPage.FieldGroup> groups = new ArrayList<>();
        for (String group : GROUP_ORDER) {
            List<TcpPage.FormField> fields = GROUPS.get(group).stream().map(name -> new TcpPage.FormField(name,
                    msg("tcp.field." + name, locale), msg("tcp.field." + name + ".help", locale), type(name),
                    values.get(name) == null ? "" : values.get(name), options(name, locale),
                    problems.stream().filter(p -> p.field().equals(name)).map(p -> message(p, locale)).toList())).toList();
            groups.add(new TcpPage.FieldGroup("tcp-group-" + group, msg("tcp.form.group." + group, locale), fields));
        }
        return groups;
    }

    private static String type(String field) {
        return switch (field) {
            case "opening", "firstCloser", "closeMode", "profile", "peerCloses", "keepalive", "serverGoesDown" -> "select";
            case "lostSegments" -> "text";
            default -> "numeric";
        };
    }

    private List<TcpPage.Option> options(String field, Locale locale) {
        return switch (field) {
            case "opening" -> choices(field, SettingChoice.keys(Opening.class), locale);
            case "firstCloser" -> choices(field, SettingChoice.keys(FirstCloser.class), locale);
            case "closeMode" -> choices(field, SettingChoice.keys(CloseMode.class), locale);
            case "profile" -> choices(field, SettingChoice.keys(TimerProfile.class), locale);
            case "peerCloses", "keepalive", "serverGoesDown" -> List.of(
                    new TcpPage.Option("true", msg("tcp.choice.yes", locale)),
                    new TcpPage.Option("false", msg("tcp.choice.no", locale)));
            default -> List.of();
        };
    }

    private List<TcpPage.Option> choices(String field, List<String> keys, Locale locale) {
        return keys.stream().map(key -> new TcpPage.Option(key, msg("tcp.choice." + field + "." + key, locale))).toList();
    }

    private List<String> notes(TcpRun run, TcpSummary summary, Locale locale) {
        List<String> notes = new ArrayList<>();
        switch (run.stop()) {
            case EVENT_BUDGET -> notes.add(msg("tcp.stop.EVENT_BUDGET", locale, TcpLimits.MAX_EVENTS));
            case HORIZON -> notes.add(msg("tcp.stop.HORIZON", locale, SimulationTime.format(TcpLimits.HORIZON_MS)));
            case COMPLETE -> {
            }
        }
        if (summary.unhandledSegments() > 0) {
            notes.add(msg("tcp.unhandledWarning", locale, summary.unhandledSegments()));
        }
        if (run.events().isEmpty()) {
            notes.add(msg("tcp.result.empty", locale));
        }
        return notes;
    }

    private List<TcpPage.Figure> figures(TcpSummary summary, Locale locale) {
        return List.of(
                new TcpPage.Figure(msg("tcp.summary.duration", locale), SimulationTime.format(summary.endTime())),
                new TcpPage.Figure(msg("tcp.summary.segments", locale), Integer.toString(summary.segmentsSent())),
                new TcpPage.Figure(msg("tcp.summary.retransmissions", locale), Integer.toString(summary.retransmissions())),
                new TcpPage.Figure(msg("tcp.summary.lost", locale), Integer.toString(summary.segmentsLost())),
                new TcpPage.Figure(msg("tcp.summary.resets", locale), Integer.toString(summary.resets())),
                new TcpPage.Figure(msg("tcp.summary.probes", locale), Integer.toString(summary.keepaliveProbes())),
                new TcpPage.Figure(msg("tcp.summary.unhandled", locale), Integer.toString(summary.unhandledSegments())));
    }

    private List<TcpPage.EndpointRow> endpointRows(TcpSummary summary, Locale locale) {
        TcpSummary.Endpoint client = summary.endpoint(Side.CLIENT);
        TcpSummary.Endpoint server = summary.endpoint(Side.SERVER);
        return List.of(
                new TcpPage.EndpointRow(msg("tcp.summary.timeWait", locale),
                        duration(client.timeWaitMs(), client.endsInTimeWait(), locale),
                        duration(server.timeWaitMs(), server.endsInTimeWait(), locale)),
                new TcpPage.EndpointRow(msg("tcp.summary.closeWait", locale),
                        duration(client.closeWaitMs(), client.endsInCloseWait(), locale),
                        duration(server.closeWaitMs(), server.endsInCloseWait(), locale)),
                new TcpPage.EndpointRow(msg("tcp.summary.finalState", locale), client.finalState().name(),
                        server.finalState().name()),
                new TcpPage.EndpointRow(msg("tcp.summary.told", locale), notices(client.notices(), locale),
                        notices(server.notices(), locale)));
    }

    private String duration(long ms, boolean stillThere, Locale locale) {
        String text = SimulationTime.format(ms);
        return stillThere ? msg("tcp.summary.stillThere", locale, text) : text;
    }

    private String notices(List<AppNotice> notices, Locale locale) {
        if (notices.isEmpty()) {
            return msg("tcp.summary.none", locale);
        }
        return notices.stream().map(notice -> msg("tcp.notice." + notice.name(), locale)).collect(Collectors.joining("; "));
    }

    /** Every event as the step list shows it (also what predict mode reveals). */
    List<TcpPage.Step> steps(TcpRun run, Replay replay, Locale locale) {
        List<TcpPage.Step> steps = new ArrayList<>();
        for (TcpEvent event : run.events()) {
            String side = msg("tcp.side." + event.side().key(), locale);
            String change = event.changesState() ? msg("tcp.step.states", locale, event.before().name(), event.after().name())
                    : msg("tcp.step.stays", locale, event.before().name());
            Segment sent = event.sent();
            String sentText = sent == null ? null
                    : sent.retransmissionOf() > 0 ? msg("tcp.step.retransmits", locale, sent.number(), sent.label(), sent.retransmissionOf())
                    : sent.probe() ? msg("tcp.step.probe", locale, sent.number(), sent.label())
                    : msg("tcp.step.sends", locale, sent.number(), sent.label());
            String loss = sent != null && sent.lost() ? msg("tcp.loss." + sent.loss().name(), locale) : null;
            String notice = event.notice() == AppNotice.NONE ? null : msg("tcp.notice." + event.notice().name(), locale);
            String explanation = event.unhandled()
                    ? msg("tcp.step.noRule", locale, msg("tcp.input." + event.input().name(), locale), event.before().name())
                    : msg("tcp.rule." + event.rule().name(), locale);
            steps.add(new TcpPage.Step(event.step(), TcpSequenceDiagram.replayClass(event.step(), replay.current()),
                    replay.link(event.step()), SimulationTime.format(event.time()), side, what(event, run, locale), change,
                    sentText, loss, notice, event.unhandled() ? null : event.rule().name(),
                    event.unhandled() ? null : event.rule().citation(), explanation, event.unhandled(), event.client().name(),
                    event.server().name()));
        }
        return steps;
    }

    private String what(TcpEvent event, TcpRun run, Locale locale) {
        return switch (event.input().kind()) {
            case CALL, HOST -> {
                String call = msg("tcp.call." + event.input().name(), locale,
                        event.input() == TcpInput.SEND ? bytesOf(event, run) : 0);
                String reason = msg("tcp.reason." + event.reason().name(), locale,
                        SimulationTime.format(run.scenario().peerCloseDelayMs()));
                yield msg("tcp.step.call", locale, call, reason);
            }
            case SEGMENT -> {
                Segment received = event.received();
                String arrival = received.number() == 0 ? msg("tcp.step.stray", locale, received.label())
                        : msg("tcp.step.receives", locale, received.number(), received.label());
                yield msg("tcp.step.arrival", locale, arrival, msg("tcp.input." + event.input().name(), locale));
            }
            case TIMER -> msg("tcp.input." + event.input().name(), locale);
        };
    }

    private static long bytesOf(TcpEvent event, TcpRun run) {
        return switch (event.reason()) {
            case REQUEST -> run.scenario().requestBytes();
            case RESPONSE -> run.scenario().responseBytes();
            case DATA_AFTER_END_OF_STREAM -> run.scenario().bytesAfterEndOfStream();
            default -> 0;
        };
    }

    private List<TcpPage.StatePath> paths(TcpRun run, Locale locale) {
        return Arrays.stream(Side.values()).map(side -> new TcpPage.StatePath(msg("tcp.side.heading." + side.key(), locale),
                run.statePath(side).stream().map(Enum::name).toList())).toList();
    }

    private TcpPage.Quiz quiz(TcpPreset shown, TcpRun run, Map<String, String> answers, Locale locale) {
        List<TcpPage.Question> questions = new ArrayList<>();
        int right = 0;
        for (TcpQuestion question : TcpQuestions.of(run)) {
            Object[] arguments = question.arguments().toArray();
            if (question.kind() != TcpQuestion.Kind.TIME_WAIT_SIDES) {
                arguments[0] = msg("tcp.side." + arguments[0], locale); // the side's key, in the reader's language
            }
            List<TcpPage.Option> choices = question.choices().stream()
                    .map(choice -> new TcpPage.Option(choice, choiceLabel(question, choice, locale))).toList();
            String text = msg("tcp.quiz." + question.kind().name(), locale, arguments);
            String given = answers == null ? null : answers.get(question.id());
            Boolean correct = null;
            String feedback = null;
            if (answers != null) {
                String answer = choiceLabel(question, question.answer(), locale);
                correct = question.isAnsweredBy(given);
                if (Boolean.TRUE.equals(correct)) {
                    right++;
                    feedback = msg("tcp.quiz.correct", locale);
                } else if (given == null || given.isBlank()) {
                    feedback = msg("tcp.quiz.unanswered", locale, answer);
                } else if (!question.offers(given)) {
                    feedback = msg("tcp.quiz.invalid", locale, answer);
                } else {
                    feedback = msg("tcp.quiz.wrong", locale, answer);
                }
            }
            questions.add(new TcpPage.Question(question.id(), text, choices, given, correct, feedback));
        }
        String score = answers == null ? null : msg("tcp.quiz.score", locale, right, questions.size());
        List<TcpPage.Hidden> hidden = new ArrayList<>();
        if (shown != null) {
            hidden.add(new TcpPage.Hidden("preset", shown.key()));
        }
        TcpSettingsForm.of(run.scenario()).values().forEach((name, value) -> hidden.add(new TcpPage.Hidden(name, value)));
        return new TcpPage.Quiz(questions, hidden, score);
    }

    private String choiceLabel(TcpQuestion question, String choice, Locale locale) {
        return question.kind() == TcpQuestion.Kind.TIME_WAIT_SIDES ? msg("tcp.quiz.choice." + choice, locale) : choice;
    }

    private String message(SettingProblem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
