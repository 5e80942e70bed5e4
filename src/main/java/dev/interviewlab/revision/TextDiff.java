package dev.interviewlab.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line diff of two texts, for people to read: Myers' O(ND) algorithm ("An O(ND) Difference
 * Algorithm and Its Variations", 1986) after trimming the common first and last lines.
 *
 * <p>Bounded: the search keeps one row of {@code 2d+1} positions per edit step, so it stops after
 * {@value #MAX_EDITS} edits (about {@value #MAX_EDITS}² / 2 ints) and skips texts over
 * {@value #MAX_LINES} lines; beyond either, the differing middle is shown as all removed then all
 * added. That diff is still correct, only not the shortest. Plain Java, no Spring.
 */
public final class TextDiff {

    /** Edit steps the search may take before it gives up on a shortest diff. */
    public static final int MAX_EDITS = 2_000;
    /** Lines per text beyond which the middle is not searched at all. */
    public static final int MAX_LINES = 20_000;

    private final List<DiffLine> lines;
    private final boolean shortest;

    private TextDiff(List<DiffLine> lines, boolean shortest) {
        this.lines = List.copyOf(lines);
        this.shortest = shortest;
    }

    /** The lines of {@code oldText} and {@code newText} marked same, added or removed, in order. */
    public static TextDiff between(String oldText, String newText) {
        return between(lines(oldText), lines(newText));
    }

    public static TextDiff between(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int prefix = 0;
        while (prefix < n && prefix < m && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a.get(n - 1 - suffix).equals(b.get(m - 1 - suffix))) {
            suffix++;
        }
        List<DiffLine> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(DiffLine.same(a.get(i), i + 1, i + 1));
        }
        List<String> midA = a.subList(prefix, n - suffix);
        List<String> midB = b.subList(prefix, m - suffix);
        List<DiffLine> middle = midA.size() <= MAX_LINES && midB.size() <= MAX_LINES ? myers(midA, midB, prefix) : null;
        boolean shortest = middle != null;
        if (middle == null) {
            middle = new ArrayList<>();
            for (int i = 0; i < midA.size(); i++) {
                middle.add(DiffLine.removed(midA.get(i), prefix + i + 1));
            }
            for (int j = 0; j < midB.size(); j++) {
                middle.add(DiffLine.added(midB.get(j), prefix + j + 1));
            }
        }
        out.addAll(middle);
        for (int s = suffix; s > 0; s--) {
            out.add(DiffLine.same(a.get(n - s), n - s + 1, m - s + 1));
        }
        return new TextDiff(out, shortest);
    }

    /** Splits on line ends ({@code \n}, {@code \r\n}); an empty text has no lines. */
    public static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String normalized = text.replace("\r\n", "\n");
        if (normalized.endsWith("\n")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return List.of(normalized.split("\n", -1));
    }

    /**
     * Myers' greedy forward search, keeping each step's furthest-reaching diagonals for the walk
     * back; null when the texts differ by more than {@link #MAX_EDITS} lines.
     */
    private static List<DiffLine> myers(List<String> a, List<String> b, int offset) {
        int n = a.size();
        int m = b.size();
        List<int[]> trace = new ArrayList<>();
        int[] previous = null;
        int edits = -1;
        search:
        for (int d = 0; d <= Math.min(MAX_EDITS, n + m); d++) {
            int[] current = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (d == 0) {
                    x = 0;
                } else if (k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1])) {
                    x = previous[k + 1 + d - 1];
                } else {
                    x = previous[k - 1 + d - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                current[k + d] = x;
                if (x >= n && y >= m) {
                    trace.add(current);
                    edits = d;
                    break search;
                }
            }
            trace.add(current);
            previous = current;
        }
        if (edits < 0) {
            return null;
        }
        List<DiffLine> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = edits; d > 0; d--) {
            int[] before = trace.get(d - 1);
            int k = x - y;
            boolean down = k == -d || (k != d && before[k - 1 + d - 1] < before[k + 1 + d - 1]);
            int previousK = down ? k + 1 : k - 1;
            int previousX = before[previousK + d - 1];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                reversed.add(DiffLine.same(a.get(x - 1), offset + x, offset + y));
                x--;
                y--;
            }
            if (down) {
                reversed.add(DiffLine.added(b.get(y - 1), offset + y));
                y--;
            } else {
                reversed.add(DiffLine.removed(a.get(x - 1), offset + x));
                x--;
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(DiffLine.same(a.get(x - 1), offset + x, offset + y));
            x--;
            y--;
        }
        Collections.reverse(reversed);
        return reversed;
    }

    /** Every line of both texts, in order. */
    public List<DiffLine> lines() {
        return lines;
    }

    /**
     * The changed lines with up to {@code context} unchanged lines around each change; longer
     * unchanged runs become one {@link DiffLine.Kind#SKIPPED} line.
     */
    public List<DiffLine> withContext(int context) {
        List<DiffLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).isSame()) {
                out.add(lines.get(i++));
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).isSame()) {
                end++;
            }
            int keepBefore = i == 0 ? 0 : context; // after a change
            int keepAfter = end == lines.size() ? 0 : context; // before a change
            if (end - i <= keepBefore + keepAfter) {
                out.addAll(lines.subList(i, end));
            } else {
                out.addAll(lines.subList(i, i + keepBefore));
                out.add(DiffLine.skipped(end - i - keepBefore - keepAfter));
                out.addAll(lines.subList(end - keepAfter, end));
            }
            i = end;
        }
        return out;
    }

    public boolean hasChanges() {
        return lines.stream().anyMatch(line -> !line.isSame());
    }

    public long added() {
        return lines.stream().filter(DiffLine::isAdded).count();
    }

    public long removed() {
        return lines.stream().filter(DiffLine::isRemoved).count();
    }

    /** False when the limits made it fall back to "all removed, then all added" for the differing middle. */
    public boolean isShortest() {
        return shortest;
    }
}
