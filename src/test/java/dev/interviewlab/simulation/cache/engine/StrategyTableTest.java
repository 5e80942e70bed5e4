package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the strategy table: the write path of every strategy, as the consistency notes describe it. */
class StrategyTableTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "cache-aside,           DB_WRITE CACHE_DELETE,                        DB_WRITE,        SET,           true",
            "delete-then-update,    CACHE_DELETE DB_WRITE,                        DB_WRITE,        SET,           false",
            "update-db-then-cache,  DB_WRITE CACHE_SET,                           DB_WRITE,        SET,           true",
            "update-cache-then-db,  CACHE_SET DB_WRITE,                           DB_WRITE,        SET,           false",
            "delayed-double-delete, CACHE_DELETE DB_WRITE SCHEDULE_SECOND_DELETE, DB_WRITE,        SET,           false",
            "write-through,         DB_WRITE CACHE_SET,                           DB_WRITE,        ADD_IF_ABSENT, true",
            "write-back,            CACHE_SET_DIRTY,                              CACHE_SET_DIRTY, ADD_IF_ABSENT, false",
    })
    void everyStrategyHasTheWritePathOfTheNotes(String slug, String steps, Step commit, Strategy.Fill fill, boolean cacheAfterCommit) {
        Strategy strategy = Strategy.bySlug(slug).orElseThrow();

        assertThat(strategy.writeSteps()).containsExactlyElementsOf(Arrays.stream(steps.split(" ")).map(Step::valueOf).toList());
        assertThat(strategy.commitStep()).isEqualTo(commit);
        assertThat(strategy.fill()).isEqualTo(fill);
        assertThat(strategy.touchesCacheAfterCommit()).isEqualTo(cacheAfterCommit);
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void everyWritePathCommitsExactlyOnce(Strategy strategy) {
        assertThat(strategy.writeSteps()).containsOnlyOnce(strategy.commitStep());
        assertThat(strategy.writeBack()).isEqualTo(strategy.writeSteps().contains(Step.CACHE_SET_DIRTY));
    }

    @Test
    void readsAskTheCacheThenTheDatabaseThenFill() {
        assertThat(Strategy.READ_STEPS).containsExactly(Step.CACHE_GET, Step.DB_READ, Step.CACHE_FILL);
        assertThat(List.of(Step.values())).filteredOn(s -> s.target() == Step.Target.DATABASE)
                .containsExactly(Step.DB_READ, Step.DB_WRITE);
    }
}
