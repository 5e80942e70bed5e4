package dev.interviewlab.web;

import java.util.ArrayList;
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

    /** The page with each part in its place, in one array; a part missing from {@code parts} is refused. */
    public byte[] fill(Map<String, String> parts) {
        Map<String, Utf8Html> encoded = new HashMap<>();
        parts.forEach((name, part) -> encoded.put(name, Utf8Html.of(part)));
        return with(encoded).toByteArray();
    }

    /**
     * The page with each part, written as UTF-8, in its place, for writing to the response as it is: nothing is
     * copied; a part missing from {@code parts} is refused.
     */
    public FilledPage with(Map<String, Utf8Html> parts) {
        List<Utf8Html> inOrder = new ArrayList<>(names.size());
        for (String name : names) {
            Utf8Html part = parts.get(name);
            if (part == null) {
                throw new IllegalArgumentException("no part " + name);
            }
            inOrder.add(part);
        }
        return new FilledPage(fixed, inOrder);
    }
}
