package dev.interviewlab.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spring MVC's request mappings, looked up without trying every controller method on paths with a
 * variable in them.
 * <p>
 * For a path such as {@code /topics/tcp-connection-states} Spring MVC finds no mapping by the exact
 * path and then checks all mappings one after the other, each through its method, header, CORS
 * preflight and media-type conditions, which read the request's headers through every request wrapper
 * of the filter chain: a third of a guest topic page's CPU time. Here a mapping whose every path
 * pattern starts with a literal segment ({@code /topics/...}, {@code /api/quizzes/...}) is skipped at
 * once when the request's first segment is another, before any condition is evaluated. Mappings that
 * could match are checked by Spring exactly as before, so which handler answers does not change; the
 * filter only says "no" where the path pattern would say "no" too.
 */
final class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    // the request being looked up on this thread: its first segment, or null when it cannot be compared as text
    private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

    private final Map<RequestMappingInfo, FirstSegments> firstSegments = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = FIRST_SEGMENT.get();
        FIRST_SEGMENT.set(firstSegmentOf(lookupPath));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            FIRST_SEGMENT.set(outer);
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String segment = FIRST_SEGMENT.get();
        if (segment != null && !mayMatch(info, segment)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** False only when no path pattern of the mapping can match a path whose first segment is {@code segment}. */
    boolean mayMatch(RequestMappingInfo info, String segment) {
        return firstSegments.computeIfAbsent(info, this::firstSegmentsOf).allow(segment);
    }

    private FirstSegments firstSegmentsOf(RequestMappingInfo info) {
        PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
        if (patterns == null || patterns.isEmptyPathMapping() || !getPatternParser().isCaseSensitive()) {
            return FirstSegments.ANY;
        }
        Set<String> literals = new HashSet<>();
        for (String pattern : patterns.getPatternValues()) {
            String literal = literalFirstSegment(pattern);
            if (literal == null) {
                return FirstSegments.ANY;
            }
            literals.add(literal);
        }
        return new FirstSegments(Set.copyOf(literals));
    }

    /** The pattern's first segment if it is plain text, else null (a variable, a wildcard, an empty segment). */
    static String literalFirstSegment(String pattern) {
        String segment = firstSegmentOf(pattern.startsWith("/") ? pattern : "/" + pattern);
        if (segment == null || segment.isEmpty() || segment.chars().anyMatch(c -> "{}*?%;\\".indexOf(c) >= 0)) {
            return null;
        }
        return segment;
    }

    /**
     * The text between the first and second slash of a lookup path (semicolon content already removed by
     * Spring), or null when that text is not what the path pattern compares: percent-encoded, or a path
     * that does not start with a slash.
     */
    static String firstSegmentOf(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return null;
        }
        int end = path.indexOf('/', 1);
        String segment = end < 0 ? path.substring(1) : path.substring(1, end);
        return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
    }

    /** The first segments a mapping's paths can start with; {@code null} literals: any (a pattern starts with a variable). */
    private record FirstSegments(Set<String> literals) {

        static final FirstSegments ANY = new FirstSegments(null);

        boolean allow(String segment) {
            return literals == null || literals.contains(segment);
        }
    }
}
