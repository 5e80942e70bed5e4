package dev.interviewlab.simulation.gogc.web;

/**
 * The settings of a run, all in the query string (a GET form), so every step link reproduces it: a
 * preset or a script, and a barrier. A script typed in the form wins over a preset.
 */
public class GoGcForm {

    private String preset;
    private String script;
    private String barrier;

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

    public String getBarrier() {
        return barrier;
    }

    public void setBarrier(String barrier) {
        this.barrier = barrier;
    }
}
