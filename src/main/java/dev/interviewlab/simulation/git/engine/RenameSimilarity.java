package dev.interviewlab.simulation.git.engine;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Git's similarity estimate for rename detection ({@code diffcore-delta.c} and
 * {@code estimate_similarity} in {@code diffcore-rename.c}): both files are cut into spans ending
 * at a newline or after 64 bytes, spans are hashed, and the score is the number of source bytes
 * found again in the destination over the larger size. Merges treat a deleted and an added file
 * as a rename at 50% or more.
 *
 * <p>The engine does not carry out renames; it uses this estimate to recognise the histories in
 * which git would, and stops there with an explanation rather than give a different answer.
 */
final class RenameSimilarity {

    static final int MAX_SCORE = 60_000;
    /** {@code DEFAULT_RENAME_SCORE}: 50%. */
    static final int MINIMUM_SCORE = 30_000;
    private static final long HASHBASE = 107_927;

    private RenameSimilarity() {
    }

    static boolean isRename(String source, String destination) {
        return score(source, destination) >= MINIMUM_SCORE;
    }

    static int score(String source, String destination) {
        byte[] src = source.getBytes(StandardCharsets.UTF_8);
        byte[] dst = destination.getBytes(StandardCharsets.UTF_8);
        long maxSize = Math.max(src.length, dst.length);
        long baseSize = Math.min(src.length, dst.length);
        long deltaSize = maxSize - baseSize;
        // too different in size to reach the minimum score
        if (maxSize * (MAX_SCORE - MINIMUM_SCORE) < deltaSize * MAX_SCORE) {
            return 0;
        }
        if (dst.length == 0) {
            return 0;
        }
        Map<Long, Long> srcSpans = spans(src);
        Map<Long, Long> dstSpans = spans(dst);
        long copied = 0;
        for (Map.Entry<Long, Long> span : srcSpans.entrySet()) {
            long inDestination = dstSpans.getOrDefault(span.getKey(), 0L);
            copied += Math.min(span.getValue(), inDestination);
        }
        return (int) (copied * MAX_SCORE / maxSize);
    }

    /** Bytes per span hash, as {@code hash_chars} counts them (32-bit unsigned arithmetic). */
    private static Map<Long, Long> spans(byte[] buf) {
        Map<Long, Long> counts = new HashMap<>();
        long accum1 = 0;
        long accum2 = 0;
        int n = 0;
        for (byte b : buf) {
            long c = b & 0xff;
            long old1 = accum1;
            accum1 = ((accum1 << 7) ^ (accum2 >>> 25)) & 0xffffffffL;
            accum2 = ((accum2 << 7) ^ (old1 >>> 25)) & 0xffffffffL;
            accum1 = (accum1 + c) & 0xffffffffL;
            if (++n < 64 && c != '\n') {
                continue;
            }
            counts.merge(spanHash(accum1, accum2), (long) n, Long::sum);
            n = 0;
            accum1 = 0;
            accum2 = 0;
        }
        if (n > 0) {
            counts.merge(spanHash(accum1, accum2), (long) n, Long::sum);
        }
        return counts;
    }

    private static long spanHash(long accum1, long accum2) {
        return ((accum1 + accum2 * 0x61) & 0xffffffffL) % HASHBASE;
    }
}
