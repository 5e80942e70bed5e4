package dev.interviewlab.revision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

    /** Each row: old lines, new lines (| separates lines), the expected script (=same, +added, -removed). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "a|b|c;a|b|c;=a =b =c",
            "a|b|c;a|x|c;=a -b +x =c",
            "a|b|c;a|c;=a -b =c",
            "a|c;a|b|c;=a +b =c",
            "'';a;+a",
            "a;'';-a",
            "a|b|c|a|b|b|a;c|b|a|b|a|c;-a -b =c +b =a =b -b =a +c",
            "x|a|b;a|b|y;-x =a =b +y",
    })
    void marksEachLineSameAddedOrRemoved(String oldText, String newText, String expected) {
        TextDiff diff = TextDiff.between(oldText.replace('|', '\n'), newText.replace('|', '\n'));

        assertThat(script(diff.lines())).isEqualTo(expected);
        assertThat(diff.isShortest()).isTrue();
    }

    @Test
    void theDiffRebuildsBothTextsWithTheirLineNumbers() {
        List<String> a = List.of("title", "one", "two", "three", "four", "five");
        List<String> b = List.of("title", "zero", "one", "three", "four!", "five", "six");
        TextDiff diff = TextDiff.between(a, b);

        List<String> old = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (DiffLine line : diff.lines()) {
            if (!line.isAdded()) {
                assertThat(line.oldNumber()).isEqualTo(old.size() + 1);
                old.add(line.text());
            }
            if (!line.isRemoved()) {
                assertThat(line.newNumber()).isEqualTo(fresh.size() + 1);
                fresh.add(line.text());
            }
        }
        assertThat(old).isEqualTo(a);
        assertThat(fresh).isEqualTo(b);
        assertThat(diff.added()).isEqualTo(3);
        assertThat(diff.removed()).isEqualTo(2);
    }

    @Test
    void longUnchangedRunsCollapseToOneSkippedLine() {
        List<String> a = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).toList();
        List<String> b = new ArrayList<>(a);
        b.set(9, "changed");
        List<DiffLine> view = TextDiff.between(a, b).withContext(2);

        assertThat(view).extracting(DiffLine::kind).containsExactly(
                DiffLine.Kind.SKIPPED, DiffLine.Kind.SAME, DiffLine.Kind.SAME,
                DiffLine.Kind.REMOVED, DiffLine.Kind.ADDED,
                DiffLine.Kind.SAME, DiffLine.Kind.SAME, DiffLine.Kind.SKIPPED);
        assertThat(view.get(0).skipped()).isEqualTo(7);
        assertThat(view.get(7).skipped()).isEqualTo(8);
    }

    @Test
    void beyondTheEditBudgetTheMiddleIsRemovedThenAdded() {
        List<String> a = IntStream.range(0, TextDiff.MAX_EDITS).mapToObj(i -> "a" + i).toList();
        List<String> b = IntStream.range(0, TextDiff.MAX_EDITS).mapToObj(i -> "b" + i).toList();
        List<String> withEnds = new ArrayList<>(List.of("same"));
        withEnds.addAll(a);
        List<String> otherWithEnds = new ArrayList<>(List.of("same"));
        otherWithEnds.addAll(b);

        TextDiff diff = TextDiff.between(withEnds, otherWithEnds);

        assertThat(diff.isShortest()).isFalse();
        assertThat(diff.lines().get(0).isSame()).isTrue();
        assertThat(diff.removed()).isEqualTo(TextDiff.MAX_EDITS);
        assertThat(diff.added()).isEqualTo(TextDiff.MAX_EDITS);
        assertThat(diff.lines().get(1).isRemoved()).isTrue();
        assertThat(diff.lines().get(diff.lines().size() - 1).isAdded()).isTrue();
    }

    @Test
    void identicalTextsHaveNoChangesAndWindowsLineEndsCountAsLineEnds() {
        TextDiff diff = TextDiff.between("a\r\nb\r\n", "a\nb");

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.withContext(3)).singleElement().extracting(DiffLine::skipped).isEqualTo(2);
    }

    private static String script(List<DiffLine> lines) {
        return String.join(" ", lines.stream().map(line -> switch (line.kind()) {
            case SAME -> "=" + line.text();
            case ADDED -> "+" + line.text();
            case REMOVED -> "-" + line.text();
            case SKIPPED -> "…";
        }).toList());
    }
}
