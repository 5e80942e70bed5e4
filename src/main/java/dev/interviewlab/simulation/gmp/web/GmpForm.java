package dev.interviewlab.simulation.gmp.web;

/**
 * The settings of a run, all in the query string (a GET form), so every step link reproduces it: a preset
 * or a script, GOMAXPROCS, the preemption model and the seed. Numbers are strings so that "abc" becomes a
 * field error of ours rather than a type-mismatch message. A typed script wins over a preset.
 */
public class GmpForm {

    private String preset;
    private String script;
    private String gomaxprocs;
    private String preemption;
    private String seed;

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

    public String getGomaxprocs() {
        return gomaxprocs;
    }

    public void setGomaxprocs(String gomaxprocs) {
        this.gomaxprocs = gomaxprocs;
    }

    public String getPreemption() {
        return preemption;
    }

    public void setPreemption(String preemption) {
        this.preemption = preemption;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }
}
