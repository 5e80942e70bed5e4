package dev.interviewlab.simulation.git.engine;

import java.util.List;

/**
 * The shell lines that make real git do what a command did. The exported script sets the same
 * author, committer and dates as the simulation, so real git computes the same commit ids; the
 * differential tests run exactly these lines.
 */
final class ShellExport {

    private ShellExport() {
    }

    static List<String> preamble(String firstBranch) {
        return List.of(
                "#!/usr/bin/env bash",
                "# Replays an Interview Lab git simulation in real git (2.34 or later, default merge settings).",
                "# Run it in an empty directory: it creates ./repo. Commit ids match the simulation's.",
                "set -e",
                "git init -q -b " + firstBranch + " repo && cd repo",
                "git config user.name " + quote(GitObjects.NAME),
                "git config user.email " + GitObjects.EMAIL,
                "git config core.autocrlf false",
                "git config commit.gpgsign false",
                "git config merge.conflictStyle merge",
                "export GIT_AUTHOR_NAME=" + quote(GitObjects.NAME) + " GIT_AUTHOR_EMAIL=" + GitObjects.EMAIL,
                "export GIT_COMMITTER_NAME=" + quote(GitObjects.NAME) + " GIT_COMMITTER_EMAIL=" + GitObjects.EMAIL);
    }

    /** Sets the virtual clock of a step. */
    static String clock(int step) {
        long time = GitObjects.timeOfStep(step);
        return "export GIT_AUTHOR_DATE='@" + time + " +0000' GIT_COMMITTER_DATE='@" + time + " +0000'";
    }

    /** Writes a file's exact content (single-quoted, so nothing is expanded). */
    static String writeFile(String path, String content) {
        return "printf '%s' " + quote(content) + " > " + path;
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
