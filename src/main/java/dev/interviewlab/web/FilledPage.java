package dev.interviewlab.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A kept page with one request's parts in place ({@link PageSkeleton#with}), written to the response piece by piece
 * ({@link FilledPageMessageConverter}): the fixed pieces and the parts are never copied into one array of the page's
 * size. For a page made mostly of its reader's own part (Today's heatmap is 46 of its 52 KB), that copy and the one
 * before it were most of what a request allocated, so the young generation filled and was collected twice as often
 * (docs/benchmarks/performance.md, ninth pass).
 */
public final class FilledPage {

    private final List<byte[]> fixed;
    private final List<Utf8Html> parts;

    /** @param fixed one piece more than {@code parts}: before each part, and after the last */
    FilledPage(List<byte[]> fixed, List<Utf8Html> parts) {
        if (fixed.size() != parts.size() + 1) {
            throw new IllegalArgumentException("a page has one fixed piece more than parts");
        }
        this.fixed = fixed;
        this.parts = List.copyOf(parts);
    }

    /** A page that is the same for everyone who gets it (kept whole, or rendered for one request), as it is. */
    public static FilledPage whole(byte[] page) {
        return new FilledPage(List.of(page), List.of());
    }

    /** The page's size in bytes, for the Content-Length header. */
    public long contentLength() {
        long length = 0;
        for (byte[] piece : fixed) {
            length += piece.length;
        }
        for (Utf8Html part : parts) {
            length += part.length();
        }
        return length;
    }

    /** Writes the page, piece by piece, to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < parts.size(); i++) {
            out.write(fixed.get(i));
            parts.get(i).writeTo(out);
        }
        out.write(fixed.get(parts.size()));
    }

    /** The whole page in one array of its size (for callers that keep the page). */
    public byte[] toByteArray() {
        byte[] page = new byte[Math.toIntExact(contentLength())];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            byte[] piece = fixed.get(i);
            System.arraycopy(piece, 0, page, at, piece.length);
            at = parts.get(i).copyTo(page, at + piece.length);
        }
        byte[] last = fixed.get(parts.size());
        System.arraycopy(last, 0, page, at, last.length);
        return page;
    }
}
