package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.git.engine.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * The resolve-and-continue form under a stopped run: the script so far, the line it stopped on,
 * and per conflicted file (same order in every list) how to resolve it, then what to do next.
 * The controller turns it into script lines inserted after that line.
 */
public class ResolveForm {

    @NotBlank(message = "{git.form.nothingToRun}")
    @Size(max = GitForm.MAX_FORM_SCRIPT, message = "{git.form.scriptTooLong}")
    private String script;

    @NotNull(message = "{git.resolve.badLine}")
    @Min(value = 1, message = "{git.resolve.badLine}")
    @Max(value = 10_000, message = "{git.resolve.badLine}")
    private Integer line;

    @NotNull(message = "{git.resolve.badOperation}")
    @Pattern(regexp = "merge|rebase|cherry-pick|revert", message = "{git.resolve.badOperation}")
    private String operation;

    @NotNull(message = "{git.resolve.badAction}")
    @Pattern(regexp = "continue|skip|abort", message = "{git.resolve.badAction}")
    private String action;

    @Size(max = Limits.MAX_FILES, message = "{git.resolve.badFiles}")
    private List<@Pattern(regexp = "[A-Za-z0-9_][A-Za-z0-9._-]{0,29}", message = "{git.resolve.badFiles}") String> path = new ArrayList<>();

    @Size(max = Limits.MAX_FILES, message = "{git.resolve.badFiles}")
    private List<@NotNull @Pattern(regexp = "ours|theirs|text|delete", message = "{git.resolve.badChoice}") String> choice = new ArrayList<>();

    @Size(max = Limits.MAX_FILES, message = "{git.resolve.badFiles}")
    private List<@Size(max = Limits.MAX_FILE_CHARS, message = "{git.resolve.textTooLong}") String> text = new ArrayList<>();

    public String getScript() {
        return script;
    }

    public void setScript(String script) {
        this.script = script;
    }

    public Integer getLine() {
        return line;
    }

    public void setLine(Integer line) {
        this.line = line;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public List<String> getPath() {
        return path;
    }

    public void setPath(List<String> path) {
        this.path = path;
    }

    public List<String> getChoice() {
        return choice;
    }

    public void setChoice(List<String> choice) {
        this.choice = choice;
    }

    public List<String> getText() {
        return text;
    }

    public void setText(List<String> text) {
        this.text = text;
    }
}
