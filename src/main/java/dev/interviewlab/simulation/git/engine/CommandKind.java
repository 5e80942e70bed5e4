package dev.interviewlab.simulation.git.engine;

/**
 * Every command the engine runs, with the git command line it stands for and the message key of
 * its explanation. A test walks this table to check each has an explanation in both languages.
 */
public enum CommandKind {
    COMMIT("git commit", "git.command.commit"),
    BRANCH("git branch", "git.command.branch"),
    SWITCH("git switch", "git.command.switch"),
    MERGE("git merge", "git.command.merge"),
    REBASE("git rebase", "git.command.rebase"),
    CHERRY_PICK("git cherry-pick", "git.command.cherryPick"),
    REVERT("git revert", "git.command.revert"),
    RESET("git reset --hard", "git.command.reset"),
    TAG("git tag", "git.command.tag"),
    LOG("git log", "git.command.log"),
    RESOLVE("git add", "git.command.resolve"),
    CONTINUE("git … --continue", "git.command.continue"),
    SKIP("git rebase --skip", "git.command.skip"),
    ABORT("git … --abort", "git.command.abort");

    private final String gitCommand;
    private final String messageKey;

    CommandKind(String gitCommand, String messageKey) {
        this.gitCommand = gitCommand;
        this.messageKey = messageKey;
    }

    public String gitCommand() {
        return gitCommand;
    }

    public String messageKey() {
        return messageKey;
    }
}
