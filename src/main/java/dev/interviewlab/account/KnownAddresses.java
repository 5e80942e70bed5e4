package dev.interviewlab.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;

/**
 * Matches a request whose path no controller answers (whatever its method), so that a guest who
 * mistypes an address is told "page not found" rather than sent to sign in for a page that does not
 * exist. Private pages still ask a guest to sign in: their paths are known.
 */
final class KnownAddresses {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    // the controllers' paths, read when first needed: the security chain is built before the MVC mappings
    private volatile List<PathPattern> patterns;

    KnownAddresses(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    RequestMatcher unknown() {
        return request -> !isKnown(request);
    }

    boolean isKnown(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return patterns().stream().anyMatch(pattern -> pattern.matches(container));
    }

    private List<PathPattern> patterns() {
        List<PathPattern> known = patterns;
        if (known == null) {
            known = mappings.orderedStream().flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .flatMap(info -> {
                        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
                        return condition != null ? condition.getPatterns().stream()
                                : info.getPatternValues().stream().map(PathPatternParser.defaultInstance::parse);
                    })
                    .toList();
            patterns = known;
        }
        return known;
    }
}
