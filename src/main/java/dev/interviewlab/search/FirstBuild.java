package dev.interviewlab.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a search index has been built once since start-up. The indexes are built in the background
 * after the site is ready, so the first page is not kept waiting for them; a search that comes before
 * waits a little for the build, then is told to try again ({@link SearchIndexBuildingException}) rather
 * than given an empty, wrong answer.
 */
final class FirstBuild {

    private static final Logger log = LoggerFactory.getLogger(FirstBuild.class);

    /** How long a search waits for the first build before it is told to try again. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicBoolean begun = new AtomicBoolean();
    private final Duration patience;

    FirstBuild(Duration patience) {
        this.patience = patience;
    }

    /**
     * A build is about to read the database: from now on, changes must be applied to the index as they
     * commit. Before that, a change can be left to the build, which will read it with everything else.
     */
    void begin() {
        begun.set(true);
    }

    /**
     * Whether a build has read the database. Until then a change need not touch the index: start-up
     * loads the built-in content before the first build, and updating an index that is about to be
     * built whole would be work on the start-up's critical path that the build does again.
     */
    boolean hasBegun() {
        return begun.get();
    }

    /** The index holds every topic (or item) now; later changes update it in place. */
    void finished() {
        done.countDown();
    }

    boolean isFinished() {
        return done.getCount() == 0;
    }

    /** @throws SearchIndexBuildingException if the first build does not finish within the patience */
    void await() {
        try {
            if (!done.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SearchIndexBuildingException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchIndexBuildingException();
        }
    }

    /** Runs {@code build} on a thread of its own and marks the build finished however it ends. */
    void startInBackground(String name, Runnable build) {
        Thread thread = new Thread(() -> {
            try {
                build.run();
            } catch (RuntimeException e) {
                log.error("Could not build the search index ({}); searches answer from what it holds", name, e);
            } finally {
                finished();
            }
        }, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
