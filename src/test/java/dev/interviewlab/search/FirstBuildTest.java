package dev.interviewlab.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstBuildTest {

    @Test
    void aSearchBeforeTheFirstBuildIsToldToTryAgainOnceItsPatienceRunsOut() {
        FirstBuild build = new FirstBuild(Duration.ofMillis(20));

        assertThatThrownBy(build::await).isInstanceOf(SearchIndexBuildingException.class);
        assertThat(build.isFinished()).isFalse();
    }

    @Test
    void changesBeforeAnyBuildHasReadTheDatabaseAreLeftToTheBuild() {
        FirstBuild build = new FirstBuild(Duration.ofMillis(20));
        assertThat(build.hasBegun()).isFalse();

        build.begin();

        assertThat(build.hasBegun()).isTrue();
        assertThat(build.isFinished()).isFalse(); // begun is not built: searches still wait
    }

    @Test
    void aSearchAfterTheFirstBuildGoesAheadAtOnce() {
        FirstBuild build = new FirstBuild(Duration.ofMillis(20));
        build.finished();

        assertThatCode(build::await).doesNotThrowAnyException();
        assertThat(build.isFinished()).isTrue();
    }

    @Test
    void aBackgroundBuildReleasesTheSearchesWaitingForIt() throws InterruptedException {
        FirstBuild build = new FirstBuild(Duration.ofSeconds(60));
        CountDownLatch mayFinish = new CountDownLatch(1);
        build.startInBackground("test-build", () -> {
            try {
                mayFinish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(build.isFinished()).isFalse();

        CountDownLatch searched = new CountDownLatch(1);
        Thread search = new Thread(() -> {
            build.await();
            searched.countDown();
        });
        search.start();
        assertThat(searched.await(100, TimeUnit.MILLISECONDS)).isFalse(); // still waiting for the build
        mayFinish.countDown();

        assertThat(searched.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailedBackgroundBuildStillLetsSearchesAnswerFromWhatTheIndexHolds() throws InterruptedException {
        FirstBuild build = new FirstBuild(Duration.ofSeconds(60));
        build.startInBackground("test-build", () -> {
            throw new IllegalStateException("the database is gone");
        });

        assertThatCode(build::await).doesNotThrowAnyException();
    }
}
