package dev.interviewlab.simulation.git.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff3 line merge, case by case, with the text git writes (checked against git 2.39). */
class LineMergeTest {

    static Stream<Arguments> merges() {
        return Stream.of(
                Arguments.of("only ours changed", "a\nb\nc\n", "A\nb\nc\n", "a\nb\nc\n", "A\nb\nc\n", 0),
                Arguments.of("only theirs changed", "a\nb\nc\n", "a\nb\nc\n", "a\nb\nC\n", "a\nb\nC\n", 0),
                Arguments.of("changes one unchanged line apart merge cleanly", "a\nb\nc\n", "A\nb\nc\n", "a\nb\nC\n",
                        "A\nb\nC\n", 0),
                Arguments.of("changes to adjacent lines conflict, the hunks touch", "a\nb\nc\n", "A\nb\nc\n", "a\nB\nc\n",
                        "<<<<<<< ours\nA\nb\n=======\na\nB\n>>>>>>> theirs\nc\n", 1),
                Arguments.of("the same change on both sides is taken once", "a\nb\nc\n", "a\nX\nc\n", "a\nX\nc\n", "a\nX\nc\n", 0),
                Arguments.of("different changes to one line conflict", "a\nb\nc\n", "a\nX\nc\n", "a\nY\nc\n",
                        "a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nc\n", 1),
                Arguments.of("refining keeps identical lines out of the markers", "a\nb\nc\n", "a\nX\nsame\nc\n",
                        "a\nY\nsame\nc\n", "a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nsame\nc\n", 1),
                Arguments.of("conflicts three lines apart are joined into one", "1\n2\n3\n4\n5\n", "A\n2\n3\n4\nE\n",
                        "B\n2\n3\n4\nF\n", "<<<<<<< ours\nA\n2\n3\n4\nE\n=======\nB\n2\n3\n4\nF\n>>>>>>> theirs\n", 1),
                Arguments.of("conflicts four lines apart stay apart", "1\n2\n3\n4\n5\n6\n", "A\n2\n3\n4\n5\nE\n",
                        "B\n2\n3\n4\n5\nF\n",
                        "<<<<<<< ours\nA\n=======\nB\n>>>>>>> theirs\n2\n3\n4\n5\n<<<<<<< ours\nE\n=======\nF\n>>>>>>> theirs\n", 2),
                Arguments.of("add/add merges from an empty base", "", "x\n", "y\n",
                        "<<<<<<< ours\nx\n=======\ny\n>>>>>>> theirs\n", 1),
                Arguments.of("a side without a final newline gets one before the marker", "a\n", "b", "c\n",
                        "<<<<<<< ours\nb\n=======\nc\n>>>>>>> theirs\n", 1),
                Arguments.of("a missing final newline is a change of its own", "a\nb\n", "a\nb", "a\nb\n", "a\nb", 0),
                Arguments.of("insertions at different places both land", "a\nb\nc\nd\n", "a\nX\nb\nc\nd\n", "a\nb\nc\nY\nd\n",
                        "a\nX\nb\nc\nY\nd\n", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("merges")
    void mergesAsGitDoes(String name, String base, String ours, String theirs, String expected, int conflicts) {
        LineMerge.Result result = LineMerge.merge(base, ours, theirs, "ours", "theirs");
        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.conflicts()).isEqualTo(conflicts);
    }
}
