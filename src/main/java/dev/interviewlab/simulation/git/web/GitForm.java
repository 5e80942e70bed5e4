package dev.interviewlab.simulation.git.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The settings of a run, all in the query string (a GET form) so every step link reproduces the
 * run. The script's length is bounded by what fits in a URL; the JSON API takes longer scenarios.
 */
public class GitForm {

    /** Characters of a script typed in the form (URL-encoded it must fit the server's request line). */
    public static final int MAX_FORM_SCRIPT = 4_000;

    @Size(max = 40)
    private String preset;

    @Size(max = MAX_FORM_SCRIPT, message = "{git.form.scriptTooLong}")
    private String script;

    @Pattern(regexp = "run|compare", message = "{git.form.badMode}")
    private String mode = "run";

    @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]{0,29}", message = "{git.form.badBranch}")
    private String base = "main";

    @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]{0,29}", message = "{git.form.badBranch}")
    private String topic = "feature";

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public String getScript() {
        return script;
    }

    public void setScript(String script) {
        this.script = script;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public boolean isCompare() {
        return "compare".equals(mode);
    }
}
