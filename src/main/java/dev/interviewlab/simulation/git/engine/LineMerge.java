package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Git's three-way line merge ({@code xdiff/xmerge.c} as called by {@code ll_xdl_merge}: level
 * "zealous", the default "merge" conflict style, no favouring side, 7-character markers).
 *
 * <p>Both sides are diffed against the base; hunks that do not overlap are taken from the side
 * that changed; overlapping hunks with identical results are taken once; the rest conflict. A
 * conflict is then refined by diffing the two sides' versions against each other, so only the
 * lines that really differ stay between the markers, and conflicts less than four lines apart are
 * joined, because git judges that easier to read.
 */
public final class LineMerge {

    static final int MARKER_SIZE = 7;

    /** The merged text and the number of conflict hunks (0 when clean). */
    public record Result(String text, int conflicts) {
        public boolean clean() {
            return conflicts == 0;
        }
    }

    /** One region of the result: mode 0 conflict, 1 take side 1, 2 take side 2, 4 identical after refining. */
    private static final class Region {
        int mode;
        int i0;
        int chg0;
        int i1;
        int chg1;
        int i2;
        int chg2;

        Region(int mode, int i0, int chg0, int i1, int chg1, int i2, int chg2) {
            this.mode = mode;
            this.i0 = i0;
            this.chg0 = chg0;
            this.i1 = i1;
            this.chg1 = chg1;
            this.i2 = i2;
            this.chg2 = chg2;
        }
    }

    private LineMerge() {
    }

    /**
     * @param base   the common ancestor's text ({@code ""} for an add/add merge)
     * @param ours   side 1, written between {@code <<<<<<< oursLabel} and {@code =======}
     * @param theirs side 2, written between {@code =======} and {@code >>>>>>> theirsLabel}
     */
    public static Result merge(String base, String ours, String theirs, String oursLabel, String theirsLabel) {
        List<String> lines0 = Lines.split(base);
        List<String> lines1 = Lines.split(ours);
        List<String> lines2 = Lines.split(theirs);
        List<LineDiff.Change> script1 = LineDiff.diff(lines0, lines1);
        List<LineDiff.Change> script2 = LineDiff.diff(lines0, lines2);
        if (script1.isEmpty()) {
            return new Result(theirs, 0);
        }
        if (script2.isEmpty()) {
            return new Result(ours, 0);
        }
        List<Region> regions = combine(script1, script2, lines0.size(), lines1.size(), lines2.size(), lines1, lines2);
        refineConflicts(regions, lines1, lines2);
        simplifyNonConflicts(regions);
        int conflicts = 0;
        for (Region region : regions) {
            if (region.mode == 0) {
                conflicts++;
            }
        }
        return new Result(fill(regions, lines1, lines2, oursLabel, theirsLabel), conflicts);
    }

    private static List<Region> combine(List<LineDiff.Change> script1, List<LineDiff.Change> script2, int records0,
                                        int records1, int records2, List<String> lines1, List<String> lines2) {
        List<Region> regions = new ArrayList<>();
        int p1 = 0;
        int p2 = 0;
        while (p1 < script1.size() && p2 < script2.size()) {
            LineDiff.Change x1 = script1.get(p1);
            LineDiff.Change x2 = script2.get(p2);
            if (x1.i1() + x1.chg1() < x2.i1()) {
                append(regions, 1, x1.i1(), x1.chg1(), x1.i2(), x1.chg2(), x2.i2() - x2.i1() + x1.i1(), x1.chg1());
                p1++;
                continue;
            }
            if (x2.i1() + x2.chg1() < x1.i1()) {
                append(regions, 2, x2.i1(), x2.chg1(), x1.i2() - x1.i1() + x2.i1(), x2.chg1(), x2.i2(), x2.chg2());
                p2++;
                continue;
            }
            if (x1.i1() != x2.i1() || x1.chg1() != x2.chg1() || x1.chg2() != x2.chg2()
                    || !sameLines(lines1, x1.i2(), lines2, x2.i2(), x1.chg2())) {
                // overlapping, different changes: a conflict spanning both hunks
                int off = x1.i1() - x2.i1();
                int ffo = off + x1.chg1() - x2.chg1();
                int i0 = x1.i1();
                int i1 = x1.i2();
                int i2 = x2.i2();
                if (off > 0) {
                    i0 -= off;
                    i1 -= off;
                } else {
                    i2 += off;
                }
                int chg0 = x1.i1() + x1.chg1() - i0;
                int chg1 = x1.i2() + x1.chg2() - i1;
                int chg2 = x2.i2() + x2.chg2() - i2;
                if (ffo < 0) {
                    chg0 -= ffo;
                    chg1 -= ffo;
                } else {
                    chg2 += ffo;
                }
                append(regions, 0, i0, chg0, i1, chg1, i2, chg2);
            }
            int end1 = x1.i1() + x1.chg1();
            int end2 = x2.i1() + x2.chg1();
            if (end1 >= end2) {
                p2++;
            }
            if (end2 >= end1) {
                p1++;
            }
        }
        for (; p1 < script1.size(); p1++) {
            LineDiff.Change x1 = script1.get(p1);
            append(regions, 1, x1.i1(), x1.chg1(), x1.i2(), x1.chg2(), x1.i1() + records2 - records0, x1.chg1());
        }
        for (; p2 < script2.size(); p2++) {
            LineDiff.Change x2 = script2.get(p2);
            append(regions, 2, x2.i1(), x2.chg1(), x2.i1() + records1 - records0, x2.chg1(), x2.i2(), x2.chg2());
        }
        return regions;
    }

    /** Appends a region, or widens the previous one when they touch (then a change of side means conflict). */
    private static void append(List<Region> regions, int mode, int i0, int chg0, int i1, int chg1, int i2, int chg2) {
        Region last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
        if (last != null && (i1 <= last.i1 + last.chg1 || i2 <= last.i2 + last.chg2)) {
            if (mode != last.mode) {
                last.mode = 0;
            }
            last.chg0 = i0 + chg0 - last.i0;
            last.chg1 = i1 + chg1 - last.i1;
            last.chg2 = i2 + chg2 - last.i2;
        } else {
            regions.add(new Region(mode, i0, chg0, i1, chg1, i2, chg2));
        }
    }

    private static boolean sameLines(List<String> lines1, int from1, List<String> lines2, int from2, int count) {
        for (int i = 0; i < count; i++) {
            if (!lines1.get(from1 + i).equals(lines2.get(from2 + i))) {
                return false;
            }
        }
        return true;
    }

    /** Diffs the two sides of each conflict and keeps only the hunks where they differ. */
    private static void refineConflicts(List<Region> regions, List<String> lines1, List<String> lines2) {
        for (int r = 0; r < regions.size(); r++) {
            Region m = regions.get(r);
            if (m.mode != 0 || m.chg1 == 0 || m.chg2 == 0) {
                continue;
            }
            int i1 = m.i1;
            int i2 = m.i2;
            List<LineDiff.Change> script = LineDiff.diff(lines1.subList(m.i1, m.i1 + m.chg1), lines2.subList(m.i2, m.i2 + m.chg2));
            if (script.isEmpty()) {
                m.mode = 4;
                continue;
            }
            LineDiff.Change first = script.get(0);
            m.i1 = first.i1() + i1;
            m.chg1 = first.chg1();
            m.i2 = first.i2() + i2;
            m.chg2 = first.chg2();
            for (int s = 1; s < script.size(); s++) {
                LineDiff.Change x = script.get(s);
                // like xdl_refine_conflicts, only the sides' positions matter from here on
                Region extra = new Region(0, m.i0, m.chg0, x.i1() + i1, x.chg1(), x.i2() + i2, x.chg2());
                regions.add(++r, extra);
            }
        }
    }

    /** Joins conflicts separated by at most three unchanged lines ({@code xdl_simplify_non_conflicts}). */
    private static void simplifyNonConflicts(List<Region> regions) {
        int r = 0;
        while (r + 1 < regions.size()) {
            Region m = regions.get(r);
            Region next = regions.get(r + 1);
            int begin = m.i1 + m.chg1;
            int end = next.i1;
            if (m.mode != 0 || next.mode != 0 || end - begin > 3) {
                r++;
            } else {
                m.chg1 = next.i1 + next.chg1 - m.i1;
                m.chg2 = next.i2 + next.chg2 - m.i2;
                regions.remove(r + 1);
            }
        }
    }

    private static String fill(List<Region> regions, List<String> lines1, List<String> lines2, String name1, String name2) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (Region m : regions) {
            if (m.mode == 0) {
                copy(out, lines1, i, m.i1 - i, false);
                out.append("<".repeat(MARKER_SIZE)).append(' ').append(name1).append('\n');
                copy(out, lines1, m.i1, m.chg1, true);
                out.append("=".repeat(MARKER_SIZE)).append('\n');
                copy(out, lines2, m.i2, m.chg2, true);
                out.append(">".repeat(MARKER_SIZE)).append(' ').append(name2).append('\n');
            } else if (m.mode == 1) {
                copy(out, lines1, i, m.i1 + m.chg1 - i, false);
            } else if (m.mode == 2) {
                copy(out, lines2, m.i2 - m.i1 + i, m.i1 + m.chg2 - i, false);
            } else {
                continue;
            }
            i = m.i1 + m.chg1;
        }
        copy(out, lines1, i, lines1.size() - i, false);
        return out.toString();
    }

    /** Copies lines; inside a conflict a last line without newline gets one, so the marker starts a line. */
    private static void copy(StringBuilder out, List<String> lines, int from, int count, boolean addNewline) {
        if (count < 1) {
            return;
        }
        for (int k = 0; k < count; k++) {
            out.append(lines.get(from + k));
        }
        String last = lines.get(from + count - 1);
        if (addNewline && !last.endsWith("\n")) {
            out.append('\n');
        }
    }
}
