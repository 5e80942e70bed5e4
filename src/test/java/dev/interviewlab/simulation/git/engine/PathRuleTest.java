package dev.interviewlab.simulation.git.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the path rule table over every combination of absent, base text and two other texts. */
class PathRuleTest {

    private static String version(String code) {
        return code.equals("-") ? null : code + "\n";
    }

    @ParameterizedTest(name = "base {0}, ours {1}, theirs {2} -> {3}")
    @CsvSource({
        "-, -, -, UNCHANGED", "x, x, x, UNCHANGED",
        "x, y, y, SAME_CHANGE", "-, y, y, SAME_CHANGE", "x, -, -, SAME_CHANGE",
        "x, x, y, TAKE_THEIRS", "-, -, y, TAKE_THEIRS",
        "x, y, x, TAKE_OURS", "-, y, -, TAKE_OURS",
        "x, -, x, DELETED_BY_OURS", "x, x, -, DELETED_BY_THEIRS",
        "x, -, y, DELETE_MODIFY", "x, y, -, MODIFY_DELETE",
        "-, y, z, ADD_ADD", "x, y, z, CONTENT_MERGE",
    })
    void decidesEachPathByItsThreeVersions(String base, String ours, String theirs, PathRule expected) {
        assertThat(PathRule.of(version(base), version(ours), version(theirs))).isEqualTo(expected);
    }

    @Test
    void everyRowIsReachable() {
        Set<PathRule> seen = EnumSet.noneOf(PathRule.class);
        String[] codes = {"-", "x", "y", "z"};
        for (String base : codes) {
            for (String ours : codes) {
                for (String theirs : codes) {
                    seen.add(PathRule.of(version(base), version(ours), version(theirs)));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(PathRule.values());
    }

    @Test
    void onlyModifyDeleteAlwaysConflictsAndOnlyTheLineMergesCanConflictOtherwise() {
        for (PathRule rule : PathRule.values()) {
            assertThat(rule.alwaysConflicts()).isEqualTo(rule == PathRule.DELETE_MODIFY || rule == PathRule.MODIFY_DELETE);
            assertThat(rule.mergesLines()).isEqualTo(rule == PathRule.ADD_ADD || rule == PathRule.CONTENT_MERGE);
        }
    }
}
