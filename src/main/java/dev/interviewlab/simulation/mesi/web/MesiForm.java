package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.mesi.engine.MesiPreset;

/**
 * The settings of the MESI page, as typed: numbers stay text until {@link MesiSettings} reads them,
 * so "abc" becomes a field error and not a binding failure. Empty fields take the defaults.
 */
public class MesiForm {

    static final MesiPreset DEFAULT_PRESET = MesiPreset.WRITE_INVALIDATES;

    private String preset;
    private String source = MesiSettings.SCRIPT;
    private String cores;
    private String script;
    private String operations = "20";
    private String variables = "2";
    private boolean sameLine;
    private String seed = "1";
    private String bug = "none";
    private String checkCores = "3";
    private String checkOps = "2";
    private String checkVariables = "2";
    private boolean checkSameLine;

    /** Fills the script and cores from the preset when the request named one and no script. */
    void applyPreset(MesiPreset chosen) {
        if (script == null || script.isBlank()) {
            script = chosen.script();
            if (cores == null || cores.isBlank()) {
                cores = String.valueOf(chosen.cores());
            }
            preset = chosen.key();
            source = MesiSettings.SCRIPT;
        }
    }

    MesiSettings settings() {
        return new MesiSettings(source, cores, script, operations, variables, sameLine, seed, bug, checkCores, checkOps,
                checkVariables, checkSameLine);
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getCores() {
        return cores;
    }

    public void setCores(String cores) {
        this.cores = cores;
    }

    public String getScript() {
        return script;
    }

    public void setScript(String script) {
        this.script = script;
    }

    public String getOperations() {
        return operations;
    }

    public void setOperations(String operations) {
        this.operations = operations;
    }

    public String getVariables() {
        return variables;
    }

    public void setVariables(String variables) {
        this.variables = variables;
    }

    public boolean isSameLine() {
        return sameLine;
    }

    public void setSameLine(boolean sameLine) {
        this.sameLine = sameLine;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }

    public String getBug() {
        return bug;
    }

    public void setBug(String bug) {
        this.bug = bug;
    }

    public String getCheckCores() {
        return checkCores;
    }

    public void setCheckCores(String checkCores) {
        this.checkCores = checkCores;
    }

    public String getCheckOps() {
        return checkOps;
    }

    public void setCheckOps(String checkOps) {
        this.checkOps = checkOps;
    }

    public String getCheckVariables() {
        return checkVariables;
    }

    public void setCheckVariables(String checkVariables) {
        this.checkVariables = checkVariables;
    }

    public boolean isCheckSameLine() {
        return checkSameLine;
    }

    public void setCheckSameLine(boolean checkSameLine) {
        this.checkSameLine = checkSameLine;
    }
}
