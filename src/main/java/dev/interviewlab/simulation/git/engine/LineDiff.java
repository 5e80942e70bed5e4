/*
 * The histogram diff in this file follows JGit's HistogramDiff, used under the Eclipse
 * Distribution License 1.0:
 *
 * Copyright (C) 2010, Google Inc. and other copyright owners as documented in the JGit project.
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without modification, are permitted
 * provided that the following conditions are met:
 * - Redistributions of source code must retain the above copyright notice, this list of
 *   conditions and the following disclaimer.
 * - Redistributions in binary form must reproduce the above copyright notice, this list of
 *   conditions and the following disclaimer in the documentation and/or other materials provided
 *   with the distribution.
 * - Neither the name of the Eclipse Foundation, Inc. nor the names of its contributors may be used
 *   to endorse or promote products derived from this software without specific prior written
 *   permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR
 * IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
 * FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR
 * CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
 * DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER
 * IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT
 * OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line diff git's merge machinery uses: merge-ort hard-codes the histogram algorithm
 * ({@code merge-ort.c: merge_start}, git 2.34 to 2.44), followed by xdiff's change compaction
 * ({@code xdl_change_compact}, without the indent heuristic, which merges do not enable) and the
 * edit script ({@code xdl_build_script}).
 *
 * <p>The histogram algorithm is JGit's {@code HistogramDiff} (Eclipse Distribution License), which
 * git adopted as {@code xdiff/xhistogram.c}: find the longest common run whose rarest line occurs
 * least often, recurse left of it, loop right of it. When every common line occurs more than
 * {@value #MAX_CHAIN_LENGTH} times, git falls back to Myers; this engine does not implement that
 * fallback and reports {@link DiffLimitExceeded} instead, which the input bounds make unreachable
 * for the files a learner types (see {@link Limits#MAX_FILE_LINES}).
 */
final class LineDiff {

    static final int MAX_CHAIN_LENGTH = 64;

    /** One hunk of the edit script: {@code chg1} lines at {@code i1} in a became {@code chg2} lines at {@code i2} in b (0-based). */
    record Change(int i1, int i2, int chg1, int chg2) {
    }

    /** Thrown where git would leave the histogram algorithm for Myers. */
    static final class DiffLimitExceeded extends RuntimeException {
        DiffLimitExceeded() {
            super("a line repeats more than " + MAX_CHAIN_LENGTH + " times; git would fall back to the Myers diff here");
        }
    }

    private final List<String> a;
    private final List<String> b;
    /** changed flags with a false sentinel at both ends: index i + 1 is line i. */
    private final boolean[] changedA;
    private final boolean[] changedB;

    private LineDiff(List<String> a, List<String> b) {
        this.a = a;
        this.b = b;
        this.changedA = new boolean[a.size() + 2];
        this.changedB = new boolean[b.size() + 2];
    }

    /** The compacted edit script from a to b, hunks in file order. */
    static List<Change> diff(List<String> a, List<String> b) {
        LineDiff diff = new LineDiff(a, b);
        diff.histogram(1, a.size(), 1, b.size());
        compact(a, diff.changedA, diff.changedB);
        compact(b, diff.changedB, diff.changedA);
        return diff.script();
    }

    // ---- histogram diff (lines are 1-based here, as in xhistogram.c) ----

    private static final class Occurrences {
        int first;
        int count;

        Occurrences(int first) {
            this.first = first;
            this.count = 1;
        }
    }

    private final class Index {
        final int line1;
        final int end1;
        final int line2;
        final int end2;
        final Map<String, Occurrences> byLine = new HashMap<>();
        final int[] next;
        final Occurrences[] lineMap;
        int bestCount = MAX_CHAIN_LENGTH + 1;
        boolean hasCommon;
        int begin1Lcs;
        int end1Lcs;
        int begin2Lcs;
        int end2Lcs;

        Index(int line1, int count1, int line2, int count2) {
            this.line1 = line1;
            this.end1 = line1 + count1 - 1;
            this.line2 = line2;
            this.end2 = line2 + count2 - 1;
            this.next = new int[count1];
            this.lineMap = new Occurrences[count1];
            // scanA: walk backwards so each line's chain lists later occurrences in order
            for (int ptr = end1; ptr >= line1; ptr--) {
                Occurrences occurrences = byLine.get(lineA(ptr));
                if (occurrences != null) {
                    next[ptr - line1] = occurrences.first;
                    occurrences.first = ptr;
                    occurrences.count++;
                } else {
                    occurrences = new Occurrences(ptr);
                    byLine.put(lineA(ptr), occurrences);
                }
                lineMap[ptr - line1] = occurrences;
            }
        }

        int countAt(int ptr) {
            return lineMap[ptr - line1].count;
        }

        int tryLcs(int bPtr) {
            int bNext = bPtr + 1;
            Occurrences occurrences = byLine.get(lineB(bPtr));
            if (occurrences == null) {
                return bNext;
            }
            if (occurrences.count > bestCount) {
                hasCommon = true;
                return bNext;
            }
            hasCommon = true;
            int as = occurrences.first;
            while (true) {
                int np = next[as - line1];
                int bs = bPtr;
                int ae = as;
                int be = bs;
                int rc = occurrences.count;
                while (line1 < as && line2 < bs && lineA(as - 1).equals(lineB(bs - 1))) {
                    as--;
                    bs--;
                    if (1 < rc) {
                        rc = Math.min(rc, countAt(as));
                    }
                }
                while (ae < end1 && be < end2 && lineA(ae + 1).equals(lineB(be + 1))) {
                    ae++;
                    be++;
                    if (1 < rc) {
                        rc = Math.min(rc, countAt(ae));
                    }
                }
                if (bNext <= be) {
                    bNext = be + 1;
                }
                if (end1Lcs - begin1Lcs < ae - as || rc < bestCount) {
                    begin1Lcs = as;
                    begin2Lcs = bs;
                    end1Lcs = ae;
                    end2Lcs = be;
                    bestCount = rc;
                }
                if (np == 0) {
                    break;
                }
                while (np <= ae) {
                    np = next[np - line1];
                    if (np == 0) {
                        return bNext;
                    }
                }
                as = np;
            }
            return bNext;
        }
    }

    private String lineA(int oneBased) {
        return a.get(oneBased - 1);
    }

    private String lineB(int oneBased) {
        return b.get(oneBased - 1);
    }

    private void histogram(int line1, int count1, int line2, int count2) {
        while (true) {
            if (count1 <= 0 && count2 <= 0) {
                return;
            }
            if (count1 == 0) {
                markB(line2, count2);
                return;
            }
            if (count2 == 0) {
                markA(line1, count1);
                return;
            }
            Index index = new Index(line1, count1, line2, count2);
            for (int bPtr = line2; bPtr <= index.end2; ) {
                bPtr = index.tryLcs(bPtr);
            }
            if (index.hasCommon && MAX_CHAIN_LENGTH < index.bestCount) {
                throw new DiffLimitExceeded();
            }
            if (index.begin1Lcs == 0 && index.begin2Lcs == 0) {
                markA(line1, count1);
                markB(line2, count2);
                return;
            }
            histogram(line1, index.begin1Lcs - line1, line2, index.begin2Lcs - line2);
            int lineEnd1 = line1 + count1 - 1;
            int lineEnd2 = line2 + count2 - 1;
            count1 = lineEnd1 - index.end1Lcs;
            line1 = index.end1Lcs + 1;
            count2 = lineEnd2 - index.end2Lcs;
            line2 = index.end2Lcs + 1;
        }
    }

    private void markA(int line, int count) {
        for (int i = 0; i < count; i++) {
            changedA[line + i] = true;
        }
    }

    private void markB(int line, int count) {
        for (int i = 0; i < count; i++) {
            changedB[line + i] = true;
        }
    }

    // ---- change compaction (xdiffi.c: groups slide up and down over equal lines) ----

    /** A run of changed lines [start, end) in one file, 0-based; empty when start == end. */
    private static final class Group {
        int start;
        int end;
    }

    private static boolean changed(boolean[] flags, int line) {
        return flags[line + 1];
    }

    private static void initGroup(boolean[] flags, Group g) {
        g.start = 0;
        g.end = 0;
        while (changed(flags, g.end)) {
            g.end++;
        }
    }

    private static boolean nextGroup(boolean[] flags, int records, Group g) {
        if (g.end == records) {
            return false;
        }
        g.start = g.end + 1;
        g.end = g.start;
        while (changed(flags, g.end)) {
            g.end++;
        }
        return true;
    }

    private static boolean previousGroup(boolean[] flags, Group g) {
        if (g.start == 0) {
            return false;
        }
        g.end = g.start - 1;
        g.start = g.end;
        while (changed(flags, g.start - 1)) {
            g.start--;
        }
        return true;
    }

    private static boolean slideDown(List<String> lines, boolean[] flags, Group g) {
        if (g.end < lines.size() && lines.get(g.start).equals(lines.get(g.end))) {
            flags[g.start + 1] = false;
            g.start++;
            flags[g.end + 1] = true;
            g.end++;
            while (changed(flags, g.end)) {
                g.end++;
            }
            return true;
        }
        return false;
    }

    private static boolean slideUp(List<String> lines, boolean[] flags, Group g) {
        if (g.start > 0 && lines.get(g.start - 1).equals(lines.get(g.end - 1))) {
            g.start--;
            flags[g.start + 1] = true;
            g.end--;
            flags[g.end + 1] = false;
            while (changed(flags, g.start - 1)) {
                g.start--;
            }
            return true;
        }
        return false;
    }

    private static void compact(List<String> lines, boolean[] flags, boolean[] otherFlags) {
        int records = lines.size();
        int otherRecords = otherFlags.length - 2;
        Group g = new Group();
        Group go = new Group();
        initGroup(flags, g);
        initGroup(otherFlags, go);
        while (true) {
            if (g.end != g.start) {
                int groupSize;
                int earliestEnd;
                int endMatchingOther;
                do {
                    groupSize = g.end - g.start;
                    endMatchingOther = -1;
                    while (slideUp(lines, flags, g)) {
                        previousGroupOrFail(otherFlags, go);
                    }
                    earliestEnd = g.end;
                    if (go.end > go.start) {
                        endMatchingOther = g.end;
                    }
                    while (slideDown(lines, flags, g)) {
                        if (!nextGroup(otherFlags, otherRecords, go)) {
                            throw new IllegalStateException("group sync broken sliding down");
                        }
                        if (go.end > go.start) {
                            endMatchingOther = g.end;
                        }
                    }
                } while (groupSize != g.end - g.start);
                // shifted as far down as possible; line up with the other file's change if one was met
                if (g.end != earliestEnd && endMatchingOther != -1) {
                    while (go.end == go.start) {
                        if (!slideUp(lines, flags, g)) {
                            throw new IllegalStateException("match disappeared");
                        }
                        previousGroupOrFail(otherFlags, go);
                    }
                }
            }
            if (!nextGroup(flags, records, g)) {
                break;
            }
            if (!nextGroup(otherFlags, otherRecords, go)) {
                throw new IllegalStateException("group sync broken moving to next group");
            }
        }
    }

    private static void previousGroupOrFail(boolean[] flags, Group g) {
        if (!previousGroup(flags, g)) {
            throw new IllegalStateException("group sync broken sliding up");
        }
    }

    private List<Change> script() {
        List<Change> reversed = new ArrayList<>();
        int i1 = a.size();
        int i2 = b.size();
        while (i1 >= 0 || i2 >= 0) {
            if ((i1 >= 0 && changed(changedA, i1 - 1)) || (i2 >= 0 && changed(changedB, i2 - 1))) {
                int l1 = i1;
                int l2 = i2;
                while (i1 > 0 && changed(changedA, i1 - 1)) {
                    i1--;
                }
                while (i2 > 0 && changed(changedB, i2 - 1)) {
                    i2--;
                }
                reversed.add(new Change(i1, i2, l1 - i1, l2 - i2));
            }
            i1--;
            i2--;
        }
        List<Change> changes = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            changes.add(reversed.get(i));
        }
        return changes;
    }
}
