package dev.interviewlab.simulation.git.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * A commit's patch id, as {@code git rebase} uses it to skip commits already upstream
 * ({@code diff_get_patch_id} in diff.c): the diff against the parent, per changed path, with
 * three lines of context, no hunk headers and all whitespace removed (newlines and the context
 * lines' leading blank included, so only the concatenated text counts), hashed. Two commits that
 * make the same change in the same surroundings have the same id, whatever their parents.
 *
 * <p>Git computes this diff with Myers; the engine uses its histogram diff. The two agree
 * whenever a change has one minimal alignment, which the differential tests check on generated
 * histories.
 */
final class PatchId {

    private static final int CONTEXT = 3;

    private PatchId() {
    }

    static String of(Snapshot parent, Snapshot commit) {
        StringBuilder patch = new StringBuilder();
        TreeSet<String> paths = new TreeSet<>(parent.files().keySet());
        paths.addAll(commit.files().keySet());
        for (String path : paths) {
            String before = parent.get(path);
            String after = commit.get(path);
            if (before != null && before.equals(after)) {
                continue;
            }
            patch.append("diff--gita/").append(path).append("b/").append(path);
            if (before == null) {
                patch.append("newfilemode100644---/dev/null+++b/").append(path);
            } else if (after == null) {
                patch.append("deletedfilemode100644---a/").append(path).append("+++/dev/null");
            } else {
                patch.append("---a/").append(path).append("+++b/").append(path);
            }
            appendHunks(patch, Lines.split(before == null ? "" : before), Lines.split(after == null ? "" : after));
        }
        return sha1(patch.toString());
    }

    /** The lines of a unified diff with 3 lines of context, hunks closer than 6 lines joined (xdl_get_hunk). */
    private static void appendHunks(StringBuilder patch, List<String> a, List<String> b) {
        List<LineDiff.Change> changes = LineDiff.diff(a, b);
        int i = 0;
        while (i < changes.size()) {
            int j = i;
            while (j + 1 < changes.size()
                    && changes.get(j + 1).i1() - (changes.get(j).i1() + changes.get(j).chg1()) <= 2 * CONTEXT) {
                j++;
            }
            LineDiff.Change first = changes.get(i);
            LineDiff.Change last = changes.get(j);
            int start = Math.max(0, first.i1() - CONTEXT);
            int end = Math.min(a.size(), last.i1() + last.chg1() + CONTEXT);
            int pos = start;
            for (int k = i; k <= j; k++) {
                LineDiff.Change change = changes.get(k);
                for (; pos < change.i1(); pos++) {
                    patch.append(stripSpace(a.get(pos)));
                }
                for (int d = 0; d < change.chg1(); d++) {
                    patch.append('-').append(stripSpace(a.get(change.i1() + d)));
                }
                for (int d = 0; d < change.chg2(); d++) {
                    patch.append('+').append(stripSpace(b.get(change.i2() + d)));
                }
                pos = change.i1() + change.chg1();
            }
            for (; pos < end; pos++) {
                patch.append(stripSpace(a.get(pos)));
            }
            i = j + 1;
        }
    }

    private static String stripSpace(String line) {
        StringBuilder kept = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000b' && c != '\f' && c != '\r') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }
}
