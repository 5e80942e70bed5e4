package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.git.engine.Command;
import dev.interviewlab.simulation.git.engine.Commit;
import dev.interviewlab.simulation.git.engine.Comparison;
import dev.interviewlab.simulation.git.engine.Conflict;
import dev.interviewlab.simulation.git.engine.Event;
import dev.interviewlab.simulation.git.engine.EventKind;
import dev.interviewlab.simulation.git.engine.Question;
import dev.interviewlab.simulation.git.engine.Questions;
import dev.interviewlab.simulation.git.engine.RepoState;
import dev.interviewlab.simulation.git.engine.SimulationResult;
import dev.interviewlab.simulation.git.engine.StepResult;
import dev.interviewlab.simulation.git.engine.TreeMerge;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns engine results into the page's view models, every text in the learner's language. */
@Component
class GitRunViews {

    private final MessageSource messages;

    GitRunViews(MessageSource messages) {
        this.messages = messages;
    }

    /** What the run page needs besides the result: where it lives and what the learner asked for. */
    record Request(String path, String query, Integer step, String commit, boolean check, Map<String, List<String>> answers,
                   Locale locale) {
    }

    GitViews.RunView run(SimulationResult result, List<String> commandLines, Request request) {
        Replay replay = Replay.of(request.path(), request.query(), result.steps().size(), request.step());
        int current = replay.current();
        List<GitViews.StepView> steps = new ArrayList<>();
        for (StepResult step : result.steps()) {
            steps.add(new GitViews.StepView(step.number(), commandLines.get(step.number() - 1),
                    text(step.command().kind().messageKey(), request.locale()), explanations(step, request.locale()),
                    step.stopped(), stateClass(step.number(), current)));
        }
        CommitGraphSvg graph = new CommitGraphSvg(result);
        String before = graph.timeline("git-graph-before", graphLabels("git.graph.before", current, request.locale()), true, current);
        String after = graph.timeline("git-graph-after", graphLabels("git.graph.after", current, request.locale()), false, current);
        RepoState finalState = result.finalState();
        String selected = request.commit() != null && result.commits().containsKey(request.commit()) ? request.commit()
                : finalState.headCommit();
        List<GitViews.CommitRow> rows = commitRows(result, finalState, selected, request);
        List<GitViews.FileView> files = selected == null ? List.of() : files(result, result.commits().get(selected), request.locale());
        StepResult stop = result.stoppedAt();
        GitViews.ConflictView conflict = stop == null ? null : conflict(stop, request.locale());
        List<Question> questions = Questions.of(result);
        List<GitViews.QuestionView> questionViews = new ArrayList<>();
        int score = 0;
        for (Question question : questions) {
            Set<String> chosen = new LinkedHashSet<>(request.answers().getOrDefault(question.id(), List.of()));
            Boolean correct = request.check() ? question.isCorrect(chosen) : null;
            if (Boolean.TRUE.equals(correct)) {
                score++;
            }
            questionViews.add(questionView(question, chosen, correct, request.locale()));
        }
        String summary = summary(result, request.locale());
        String export = UriComponentsBuilder.fromPath(request.path() + "/export").query(request.query())
                .replaceQueryParam("step").replaceQueryParam("commit").replaceQueryParam("check").build().toUriString();
        return new GitViews.RunView(result.commandCount(), result.notRun(), stop != null, summary, replay, steps, before, after,
                rows, selected, files, conflict, questionViews, request.check(), score, export);
    }

    GitViews.CompareView compare(Comparison comparison, Request request) {
        Locale locale = request.locale();
        SimulationResult mergeResult = comparison.merge().result();
        int historySteps = comparison.merge().firstIntegrationStep() - 1;
        StepResult lastOfHistory = mergeResult.steps().get(Math.max(0, Math.min(historySteps, mergeResult.steps().size()) - 1));
        String before = new CommitGraphSvg(mergeResult).still("git-compare-before",
                graphLabels("git.compare.graphBefore", 0, locale), lastOfHistory.after(), lastOfHistory.number());
        GitViews.VariantView merge = variant("merge", comparison.merge(), request);
        GitViews.VariantView rebase = variant("rebase", comparison.rebase(), request);
        List<GitViews.ContrastRow> rows = new ArrayList<>();
        Comparison.Variant m = comparison.merge();
        Comparison.Variant r = comparison.rebase();
        rows.add(row("git.compare.newCommits", labels(m.newCommits(), locale), labels(r.newCommits(), locale), locale));
        rows.add(row("git.compare.rewritten", rewritten(m, locale), rewritten(r, locale), locale));
        rows.add(row("git.compare.dropped", labels(m.dropped(), locale), labels(r.dropped(), locale), locale));
        rows.add(row("git.compare.linear", yesNo(m.linear() && !m.conflicted(), locale), yesNo(r.linear() && !r.conflicted(), locale), locale));
        rows.add(row("git.compare.conflicts", conflicts(m, locale), conflicts(r, locale), locale));
        rows.add(row("git.compare.resolveTimes", resolveTimes(m, false, locale), resolveTimes(r, true, locale), locale));
        rows.add(row("git.compare.tip", tip(m, comparison.base()), tip(r, comparison.base()), locale));
        return new GitViews.CompareView(before, merge, rebase, rows);
    }

    private GitViews.VariantView variant(String name, Comparison.Variant variant, Request request) {
        SimulationResult result = variant.result();
        StepResult last = result.steps().get(result.steps().size() - 1);
        String graph = new CommitGraphSvg(result).still("git-compare-" + name,
                graphLabels("git.compare.graph." + name, 0, request.locale()), last.after(), last.number());
        GitViews.ConflictView conflict = result.stoppedAt() == null ? null : conflict(result.stoppedAt(), request.locale());
        String export = UriComponentsBuilder.fromPath(request.path() + "/export").query(request.query())
                .replaceQueryParam("variant", name).build().toUriString();
        return new GitViews.VariantView(text("git.compare.title." + name, request.locale()), graph, conflict, export);
    }

    private GitViews.ContrastRow row(String key, String merge, String rebase, Locale locale) {
        return new GitViews.ContrastRow(text(key, locale), merge, rebase);
    }

    private String labels(List<String> labels, Locale locale) {
        return labels.isEmpty() ? text("git.compare.none", locale) : String.join(", ", labels);
    }

    private String rewritten(Comparison.Variant variant, Locale locale) {
        if (variant.rewritten().isEmpty()) {
            return text("git.compare.none", locale);
        }
        List<String> pairs = new ArrayList<>();
        variant.rewritten().forEach((original, copy) -> pairs.add(original + " \u2192 " + copy));
        return String.join(", ", pairs);
    }

    private String yesNo(boolean value, Locale locale) {
        return text(value ? "git.compare.yes" : "git.compare.no", locale);
    }

    private String conflicts(Comparison.Variant variant, Locale locale) {
        if (!variant.conflicted()) {
            return text("git.compare.noConflict", locale);
        }
        Conflict conflict = variant.conflict();
        return text("git.compare.conflictAt", locale, conflict.applying(), String.join(", ", conflict.paths()));
    }

    private String resolveTimes(Comparison.Variant variant, boolean rebase, Locale locale) {
        if (!variant.conflicted()) {
            return text("git.compare.resolveNone", locale);
        }
        if (!rebase) {
            return text("git.compare.resolveOnce", locale);
        }
        return text("git.compare.resolvePerCommit", locale, variant.commitsTouchingConflictedPaths().size(),
                String.join(", ", variant.commitsTouchingConflictedPaths()));
    }

    private String tip(Comparison.Variant variant, String base) {
        String label = variant.result().finalState().branches().get(base);
        Commit commit = label == null ? null : variant.result().commits().get(label);
        return commit == null ? "-" : commit.label() + " (" + commit.shortId() + ")";
    }

    CommitGraphSvg.Labels graphLabels(String key, int step, Locale locale) {
        return new CommitGraphSvg.Labels(text(key, locale, step), text(key + ".desc", locale, step),
                text("git.graph.headPrefix", locale), text("git.graph.tagPrefix", locale), text("git.graph.unreachable", locale));
    }

    List<String> explanations(StepResult step, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (Event event : step.events()) {
            Object[] args = event.args().toArray();
            if (event.kind() == EventKind.PATH_DECIDED) {
                args[1] = text(event.args().get(1), locale);
            }
            lines.add(text(event.kind().messageKey(), locale, args));
        }
        return lines;
    }

    private List<GitViews.CommitRow> commitRows(SimulationResult result, RepoState state, String selected, Request request) {
        Set<String> reachable = result.reachable(state);
        List<GitViews.CommitRow> rows = new ArrayList<>();
        for (Commit commit : result.commits().values()) {
            List<String> refs = new ArrayList<>();
            state.branches().forEach((branch, label) -> {
                if (label.equals(commit.label())) {
                    refs.add(branch.equals(state.head()) ? "HEAD \u2192 " + branch : branch);
                }
            });
            state.tags().forEach((tag, label) -> {
                if (label.equals(commit.label())) {
                    refs.add("tag: " + tag);
                }
            });
            String link = UriComponentsBuilder.fromPath(request.path()).query(request.query())
                    .replaceQueryParam("commit", commit.label()).fragment("files").build().toUriString();
            String origin = commit.original() == null ? text("git.origin." + commit.origin().name(), request.locale())
                    : text("git.origin." + commit.origin().name(), request.locale()) + " " + commit.original();
            rows.add(new GitViews.CommitRow(commit.label(), commit.shortId(), commit.id(), String.join(", ", commit.parents()),
                    String.join(", ", refs), commit.step(), reachable.contains(commit.label()), origin, link,
                    commit.label().equals(selected)));
        }
        return rows;
    }

    private List<GitViews.FileView> files(SimulationResult result, Commit commit, Locale locale) {
        Commit parent = commit.firstParent() == null ? null : result.commits().get(commit.firstParent());
        List<GitViews.FileView> files = new ArrayList<>();
        commit.snapshot().files().forEach((path, content) -> {
            String before = parent == null ? null : parent.snapshot().get(path);
            String change = before == null ? "git.files.added" : before.equals(content) ? "git.files.unchanged" : "git.files.changed";
            files.add(new GitViews.FileView(path, content, text(change, locale)));
        });
        if (parent != null) {
            parent.snapshot().files().keySet().stream().filter(path -> !commit.snapshot().has(path))
                    .forEach(path -> files.add(new GitViews.FileView(path, null, text("git.files.deleted", locale))));
        }
        return files;
    }

    /** The work tree with git's markers as a step that stopped on a conflict left it. */
    GitViews.ConflictView conflict(StepResult step, Locale locale) {
        Conflict conflict = step.conflict();
        List<GitViews.ConflictFileView> files = new ArrayList<>();
        for (TreeMerge.ConflictFile file : conflict.files()) {
            List<GitViews.ConflictLine> lines = new ArrayList<>();
            String side = "common";
            for (String line : file.content().split("\n", -1)) {
                String kind = side;
                if (line.startsWith("<<<<<<< ")) {
                    kind = "marker";
                    side = "ours";
                } else if (line.equals("=======") && !side.equals("common")) {
                    kind = "marker";
                    side = "theirs";
                } else if (line.startsWith(">>>>>>> ")) {
                    kind = "marker";
                    side = "common";
                }
                lines.add(new GitViews.ConflictLine(line, kind));
            }
            if (!lines.isEmpty() && lines.get(lines.size() - 1).text().isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            files.add(new GitViews.ConflictFileView(file.path(), text(file.rule().messageKey(), locale), lines));
        }
        return new GitViews.ConflictView(step.number(), conflict.applying(), conflict.oursLabel(), conflict.theirsLabel(), files,
                conflict.discarded());
    }

    private GitViews.QuestionView questionView(Question question, Set<String> chosen, Boolean correct, Locale locale) {
        List<GitViews.OptionView> options = question.options().stream()
                .map(option -> new GitViews.OptionView(option, option.equals(Questions.YES) || option.equals(Questions.NO)
                        ? text("git.quiz." + option, locale) : option, chosen.contains(option)))
                .toList();
        List<Object> args = new ArrayList<>(question.arguments());
        args.add(String.join(", ", question.correct().stream().sorted().map(option -> option.equals(Questions.YES)
                || option.equals(Questions.NO) ? text("git.quiz." + option, locale) : option).toList()));
        String explanation = correct == null ? null : text(question.explanationKey(), locale, args.toArray());
        return new GitViews.QuestionView(question.id(), text(question.promptKey(), locale, question.arguments().toArray()),
                question.multiple(), options, correct, explanation);
    }

    private String summary(SimulationResult result, Locale locale) {
        StepResult stop = result.stoppedAt();
        if (stop != null) {
            return text("git.result.stopped", locale, stop.number(), stop.conflict().applying(),
                    String.join(", ", stop.conflict().paths()), result.notRun());
        }
        RepoState state = result.finalState();
        return text("git.result.done", locale, result.steps().size(), result.commits().size(),
                Objects.toString(state.head(), "-"), Objects.toString(state.headCommit(), "-"));
    }

    static String stateClass(int step, int current) {
        if (step == current) {
            return "is-current";
        }
        return step < current ? "is-past" : "is-future";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The command line a step stands for, for runs that did not come from a script (the API, compare mode). */
    static String describe(Command command) {
        if (command instanceof Command.CommitFiles c) {
            return "git commit -m " + c.id() + " (" + c.branch() + ")";
        } else if (command instanceof Command.CreateBranch c) {
            return (c.switchTo() ? "git switch -c " : "git branch ") + c.name() + " " + c.from();
        } else if (command instanceof Command.Switch c) {
            return "git switch " + c.branch();
        } else if (command instanceof Command.Merge c) {
            return "git merge " + c.fastForward().option() + " " + c.from() + " (" + c.into() + ")";
        } else if (command instanceof Command.Rebase c) {
            return "git rebase " + c.onto() + " " + c.branch();
        } else if (command instanceof Command.CherryPick c) {
            return "git cherry-pick " + c.rev() + " (" + c.branch() + ")";
        } else if (command instanceof Command.Revert c) {
            return "git revert " + (c.mainline() > 0 ? "-m " + c.mainline() + " " : "") + c.rev() + " (" + c.branch() + ")";
        } else if (command instanceof Command.Reset c) {
            return "git reset --hard " + c.rev() + " (" + c.branch() + ")";
        } else if (command instanceof Command.Tag c) {
            return "git tag " + c.name() + " " + c.rev();
        } else if (command instanceof Command.Log c) {
            return "git log --oneline " + (c.firstParent() ? "--first-parent " : "") + c.rev();
        }
        return command.kind().gitCommand();
    }
}
