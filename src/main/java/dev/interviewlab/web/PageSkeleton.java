package dev.interviewlab.web;

import java.io.ByteArrayOutputStream;
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
        ByteArrayOutputStream page = new ByteArrayOutputStream((int) size() + 4096);
        for (int i = 0; i < names.size(); i++) {
            page.writeBytes(fixed.get(i));
            String part = parts.get(names.get(i));
            if (part == null) {
                throw new IllegalArgumentException("no part " + names.get(i));
            }
            page.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        page.writeBytes(fixed.get(names.size()));
        return page.toByteArray();
    }
}
