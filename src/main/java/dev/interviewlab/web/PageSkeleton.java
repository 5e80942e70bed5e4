package dev.interviewlab.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page that is the same for every reader except for named parts: the fixed UTF-8 pieces around
 * them, and the parts' names in page order ({@code fixed} has one piece more than {@code names}).
 */
public record PageSkeleton(List<byte[]> fixed, List<String> names) {

    public PageSkeleton {
        fixed = List.copyOf(fixed);
        names = List.copyOf(names);
        if (fixed.size() != names.size() + 1) {
            throw new IllegalArgumentException("a skeleton has one fixed piece more than parts");
        }
    }

    /** The bytes the fixed pieces hold, for bounding a cache of skeletons. */
    public long size() {
        return fixed.stream().mapToLong(piece -> piece.length).sum();
    }

    /** The page with each part in its place; a part missing from {@code parts} is refused. */
    public byte[] fill(Map<String, String> parts) {
        Map<String, byte[]> encoded = new HashMap<>();
        parts.forEach((name, part) -> encoded.put(name, part.getBytes(StandardCharsets.UTF_8)));
        return fillEncoded(encoded);
    }

    /**
     * The page with each part, given as UTF-8 bytes, in its place, copied into an array of its exact size; a part
     * missing from {@code parts} is refused.
     */
    public byte[] fillEncoded(Map<String, byte[]> parts) {
        long size = size();
        for (String name : names) {
            byte[] part = parts.get(name);
            if (part == null) {
                throw new IllegalArgumentException("no part " + name);
            }
            size += part.length;
        }
        byte[] page = new byte[Math.toIntExact(size)];
        int at = 0;
        for (int i = 0; i < names.size(); i++) {
            at = copy(fixed.get(i), page, at);
            at = copy(parts.get(names.get(i)), page, at);
        }
        copy(fixed.get(names.size()), page, at);
        return page;
    }

    private static int copy(byte[] piece, byte[] page, int at) {
        System.arraycopy(piece, 0, page, at, piece.length);
        return at + piece.length;
    }
}
