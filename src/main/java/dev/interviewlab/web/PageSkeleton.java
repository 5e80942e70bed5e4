package dev.interviewlab.web;

import java.nio.charset.StandardCharsets;
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
        // each part encoded once and the page copied into an array of its exact size: no buffer that grows
        byte[][] encoded = new byte[names.size()][];
        long size = size();
        for (int i = 0; i < names.size(); i++) {
            String part = parts.get(names.get(i));
            if (part == null) {
                throw new IllegalArgumentException("no part " + names.get(i));
            }
            encoded[i] = part.getBytes(StandardCharsets.UTF_8);
            size += encoded[i].length;
        }
        byte[] page = new byte[Math.toIntExact(size)];
        int at = 0;
        for (int i = 0; i < names.size(); i++) {
            at = copy(fixed.get(i), page, at);
            at = copy(encoded[i], page, at);
        }
        copy(fixed.get(names.size()), page, at);
        return page;
    }

    private static int copy(byte[] piece, byte[] page, int at) {
        System.arraycopy(piece, 0, page, at, piece.length);
        return at + piece.length;
    }
}
