package dev.interviewlab.simulation.mesi.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MESI table of Sorin, Hill and Wood (A Primer on Memory Consistency and Cache Coherence, §7.3),
 * as docs/REFERENCES.md copies it, row by row against {@link MesiRule#find}.
 */
class TransitionTableTest {

    @ParameterizedTest(name = "{0} + {1} (others hold: {2}) -> {3}, sends {4}, writes back {5}")
    @CsvSource(nullValues = "-", value = {
            "INVALID,   PR_RD,          false, EXCLUSIVE, BUS_RD,   false",
            "INVALID,   PR_RD,          true,  SHARED,    BUS_RD,   false",
            "INVALID,   PR_WR,          false, MODIFIED,  BUS_RDX,  false",
            "INVALID,   PR_WR,          true,  MODIFIED,  BUS_RDX,  false",
            "SHARED,    PR_RD,          true,  SHARED,    -,        false",
            "SHARED,    PR_WR,          true,  MODIFIED,  BUS_UPGR, false",
            "SHARED,    SNOOP_BUS_RD,   true,  SHARED,    -,        false",
            "SHARED,    SNOOP_BUS_RDX,  true,  INVALID,   -,        false",
            "SHARED,    SNOOP_BUS_UPGR, true,  INVALID,   -,        false",
            "SHARED,    EVICT,          true,  INVALID,   -,        false",
            "EXCLUSIVE, PR_RD,          false, EXCLUSIVE, -,        false",
            "EXCLUSIVE, PR_WR,          false, MODIFIED,  -,        false",
            "EXCLUSIVE, SNOOP_BUS_RD,   true,  SHARED,    -,        false",
            "EXCLUSIVE, SNOOP_BUS_RDX,  true,  INVALID,   -,        false",
            "EXCLUSIVE, SNOOP_BUS_UPGR, true,  INVALID,   -,        false",
            "EXCLUSIVE, EVICT,          false, INVALID,   -,        false",
            "MODIFIED,  PR_RD,          false, MODIFIED,  -,        false",
            "MODIFIED,  PR_WR,          false, MODIFIED,  -,        false",
            "MODIFIED,  SNOOP_BUS_RD,   true,  SHARED,    FLUSH,    true",
            "MODIFIED,  SNOOP_BUS_RDX,  true,  INVALID,   FLUSH,    true",
            "MODIFIED,  SNOOP_BUS_UPGR, true,  INVALID,   FLUSH,    true",
            "MODIFIED,  EVICT,          false, INVALID,   -,        true",
    })
    void theTextbookRow(MesiState from, MesiInput input, boolean othersHold, MesiState to, BusMessage sends, boolean writesBack) {
        MesiRule rule = MesiRule.find(from, input, othersHold, ProtocolBug.NONE).orElseThrow();

        assertThat(rule.to()).isEqualTo(to);
        assertThat(rule.sends()).isEqualTo(sends);
        assertThat(rule.writesBack()).isEqualTo(writesBack);
        assertThat(rule.buggy()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"SNOOP_BUS_RD", "SNOOP_BUS_RDX", "SNOOP_BUS_UPGR", "EVICT"})
    void anInvalidLineIgnoresTheBusAndHasNothingToEvict(MesiInput input) {
        assertThat(MesiRule.find(MesiState.INVALID, input, true, ProtocolBug.NONE)).isEqualTo(Optional.empty());
    }

    @Test
    void theTableHasExactlyOneRowForEveryStateAndInputItAnswers() {
        for (MesiRule rule : MesiRule.table()) {
            for (boolean others : new boolean[]{false, true}) {
                if (rule.sharers().matches(others)) {
                    assertThat(MesiRule.find(rule.from(), rule.input(), others, ProtocolBug.NONE)).contains(rule);
                }
            }
        }
        assertThat(MesiRule.table()).hasSize(21);
    }

    @Test
    void eachBugReplacesOneRowAndOnlyThatRow() {
        for (ProtocolBug bug : ProtocolBug.values()) {
            for (MesiRule rule : MesiRule.table()) {
                for (boolean others : new boolean[]{false, true}) {
                    if (!rule.sharers().matches(others)) {
                        continue;
                    }
                    MesiRule found = MesiRule.find(rule.from(), rule.input(), others, bug).orElseThrow();
                    assertThat(found).isEqualTo(rule == bug.broken() ? bug.replacement() : rule);
                }
            }
        }
    }
}
