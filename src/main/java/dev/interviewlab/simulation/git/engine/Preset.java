package dev.interviewlab.simulation.git.engine;

/**
 * The ready-made scenarios of the form. Each is a starting history plus the integration that run
 * mode appends; compare mode takes the history and integrates {@code topic} into {@code base}
 * both ways. The engine computes every result; nothing here is an answer.
 */
public enum Preset {
    /** The notebook's example: main A-B-C-D-G, feature A-B-E-F. */
    NOTEBOOK("notebook", """
            git commit -m A --file db.conf "timeout = 30\\npool = 5\\nretries = 3\\nhost = db1" --file README "Orders service"
            git commit -m B --file app.txt "start\\nserve"
            git switch -c feature
            git commit -m E --file db.conf "timeout = 60\\npool = 5\\nretries = 3\\nhost = db1"
            git commit -m F --file app.txt "start\\nserve\\nretry on timeout"
            git switch main
            git commit -m C --file db.conf "timeout = 30\\npool = 5\\nretries = 5\\nhost = db1"
            git commit -m D --file README "Orders service\\nOwner: payments team"
            git commit -m G --file notes.txt "release 1.2"
            """, """
            git switch main
            git merge feature
            """),
    /** main has not moved since the branch point: a merge only moves the branch. */
    FAST_FORWARD("fastForward", """
            git commit -m A --file app.txt "start"
            git commit -m B --file app.txt "start\\nserve"
            git switch -c feature
            git commit -m E --file app.txt "start\\nserve\\nlog requests"
            git commit -m F --file app.txt "start\\nserve\\nlog requests\\nstop"
            git switch main
            """, """
            git merge feature
            """),
    /**
     * Each side changes a different line of db.conf, with an unchanged line between them: a clean
     * three-way merge. (Changes to adjacent lines conflict in git, since the hunks touch.)
     */
    CLEAN_MERGE("cleanMerge", """
            git commit -m A --file db.conf "timeout = 30\\npool = 5\\nretries = 3\\nhost = db1"
            git switch -c feature
            git commit -m E --file db.conf "timeout = 60\\npool = 5\\nretries = 3\\nhost = db1"
            git switch main
            git commit -m C --file db.conf "timeout = 30\\npool = 5\\nretries = 5\\nhost = db1"
            """, """
            git merge --no-ff feature
            """),
    /** Both sides change the same line: git stops with conflict markers. */
    CONFLICT("conflict", """
            git commit -m A --file db.conf "timeout = 30\\nretries = 3\\nhost = db1"
            git switch -c feature
            git commit -m E --file db.conf "timeout = 30\\nretries = 3\\nhost = db3"
            git switch main
            git commit -m C --file db.conf "timeout = 30\\nretries = 3\\nhost = db2"
            """, """
            git merge feature
            """),
    /** Five feature commits replayed onto a main that moved; one was already cherry-picked to main. */
    REBASE_FIVE("rebaseFive", """
            git commit -m A --file api.txt "GET /orders" --file db.conf "pool = 5"
            git switch -c feature
            git commit -m E1 --file api.txt "GET /orders\\nGET /orders/{id}"
            git commit -m E2 --file api.txt "GET /orders\\nGET /orders/{id}\\nPOST /orders"
            git commit -m E3 --file db.conf "pool = 10"
            git commit -m E4 --file api.txt "GET /orders\\nGET /orders/{id}\\nPOST /orders\\nDELETE /orders/{id}"
            git commit -m E5 --file CHANGELOG "orders API v2"
            git switch main
            git commit -m C --file README "Orders service"
            git cherry-pick E3
            git commit -m D --file README "Orders service\\nsee CHANGELOG"
            """, """
            git switch feature
            git rebase main
            """);

    private final String slug;
    private final String history;
    private final String integration;

    Preset(String slug, String history, String integration) {
        this.slug = slug;
        this.history = history;
        this.integration = integration;
    }

    public String slug() {
        return slug;
    }

    /** The starting history (compare mode integrates feature into main from here). */
    public String history() {
        return history;
    }

    /** The whole script of run mode: the history and its integration. */
    public String script() {
        return history + integration;
    }

    public String messageKey() {
        return "git.preset." + slug;
    }

    public static Preset bySlug(String slug) {
        for (Preset preset : values()) {
            if (preset.slug.equals(slug)) {
                return preset;
            }
        }
        return null;
    }
}
