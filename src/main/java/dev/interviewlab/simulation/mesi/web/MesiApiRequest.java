package dev.interviewlab.simulation.mesi.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import java.util.Map;

/**
 * The body of {@code POST /api/simulations/mesi}: a preset or a program (a script, or {@code source:
 * "random"} with its settings), the protocol's bug, and the checker's bounds, with the names of the
 * form. Every property may be left out.
 *
 * @param unknown properties that are not settings; a misspelt one is reported, not ignored
 */
record MesiApiRequest(String preset, String source, Integer cores, String script, Integer operations, Integer variables,
                      Boolean sameLine, Long seed, String bug, Integer checkCores, Integer checkOps, Integer checkVariables,
                      Boolean checkSameLine, @JsonAnySetter Map<String, Object> unknown) {

    static final String[] FIELDS = {"preset", "source", "cores", "script", "operations", "variables", "sameLine", "seed",
            "bug", "checkCores", "checkOps", "checkVariables", "checkSameLine"};

    MesiApiRequest {
        unknown = unknown == null ? Map.of() : Map.copyOf(unknown);
    }

    /** The same settings as the form, defaults where the form has them. */
    MesiForm form() {
        MesiForm form = new MesiForm();
        form.setPreset(preset);
        set(source, form::setSource);
        set(cores, value -> form.setCores(String.valueOf(value)));
        form.setScript(script);
        set(operations, value -> form.setOperations(String.valueOf(value)));
        set(variables, value -> form.setVariables(String.valueOf(value)));
        form.setSameLine(Boolean.TRUE.equals(sameLine));
        set(seed, value -> form.setSeed(String.valueOf(value)));
        set(bug, form::setBug);
        set(checkCores, value -> form.setCheckCores(String.valueOf(value)));
        set(checkOps, value -> form.setCheckOps(String.valueOf(value)));
        set(checkVariables, value -> form.setCheckVariables(String.valueOf(value)));
        form.setCheckSameLine(Boolean.TRUE.equals(checkSameLine));
        return form;
    }

    private static <T> void set(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

}
