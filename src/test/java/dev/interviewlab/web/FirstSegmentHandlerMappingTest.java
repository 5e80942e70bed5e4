package dev.interviewlab.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-segment filter says "no" only where Spring's own conditions say "no": checked for every
 * mapping of the site against a request made for each mapping (its method, parameters, headers, media
 * types and a path filled in from its pattern) and against awkward paths, each tried on every mapping.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstSegmentHandlerMappingTest {

    private static final List<String> AWKWARD_PATHS = List.of("/", "/topics/", "/TOPICS/tcp-connection-states",
            "/%74opics/tcp-connection-states", "/topics;v=1/tcp-connection-states", "/topics/a;v=1", "//topics/x",
            "/topics//x", "/api/topics/x/", "/topics/网络", "/quizzes/attempts/12/", "/login/", "/error", "/x");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theSiteFindsItsControllersThroughTheFilteredMapping() {
        assertThat(mapping).isInstanceOf(FirstSegmentHandlerMapping.class);
    }

    @Test
    void noMappingThatMatchesARequestIsSkipped() {
        FirstSegmentHandlerMapping filtered = (FirstSegmentHandlerMapping) mapping;
        Set<RequestMappingInfo> infos = mapping.getHandlerMethods().keySet();
        List<MockHttpServletRequest> requests = new ArrayList<>();
        infos.forEach(info -> requests.addAll(requestsFor(info)));
        for (String path : AWKWARD_PATHS) {
            for (RequestMethod method : RequestMethod.values()) {
                requests.add(request(method.name(), path));
            }
            MockHttpServletRequest preflight = request("OPTIONS", path);
            preflight.addHeader("Origin", "https://elsewhere.example");
            preflight.addHeader("Access-Control-Request-Method", "POST");
            requests.add(preflight);
        }

        int matches = 0;
        Set<RequestMappingInfo> matched = new LinkedHashSet<>();
        for (MockHttpServletRequest request : requests) {
            String segment = FirstSegmentHandlerMapping.firstSegmentOf(lookupPath(request));
            for (RequestMappingInfo info : infos) {
                if (info.getMatchingCondition(request) != null) {
                    matches++;
                    matched.add(info);
                    assertThat(segment == null || filtered.mayMatch(info, segment))
                            .as("%s %s skipped %s", request.getMethod(), request.getRequestURI(), info).isTrue();
                }
            }
        }
        // the requests made for the mappings do reach them, so the check above was made for (nearly) all
        assertThat(matched.size()).as("mappings matched by their own request").isGreaterThan(infos.size() * 9 / 10);
        assertThat(matches).isGreaterThan(infos.size());
    }

    @Test
    void aTopicPathIsComparedWithTheMappingsUnderTopicsOnly() {
        FirstSegmentHandlerMapping filtered = (FirstSegmentHandlerMapping) mapping;
        Set<RequestMappingInfo> infos = mapping.getHandlerMethods().keySet();
        long candidates = infos.stream().filter(info -> filtered.mayMatch(info, "topics")).count();
        assertThat(infos).hasSizeGreaterThan(50);
        assertThat(candidates).isPositive().isLessThan(infos.size() / 5);
    }

    @Test
    void aPathsFirstSegmentIsComparedOnlyWhenItIsPlainText() {
        assertThat(FirstSegmentHandlerMapping.firstSegmentOf("/topics/tcp")).isEqualTo("topics");
        assertThat(FirstSegmentHandlerMapping.firstSegmentOf("/topics")).isEqualTo("topics");
        assertThat(FirstSegmentHandlerMapping.firstSegmentOf("/")).isEmpty();
        assertThat(FirstSegmentHandlerMapping.firstSegmentOf("")).isNull();
        assertThat(FirstSegmentHandlerMapping.firstSegmentOf("topics/tcp")).isNull();
        assertThat(FirstSegmentHandlerMapping.firstSegmentOf("/%74opics/tcp")).isNull();
        assertThat(FirstSegmentHandlerMapping.firstSegmentOf("/topics;v=1/tcp")).isNull();
    }

    @Test
    void aPatternNarrowsTheFirstSegmentOnlyWhenItStartsWithText() {
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/topics/{slug}")).isEqualTo("topics");
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("topics")).isEqualTo("topics");
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/{slug}")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/{*rest}")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/**")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/topic*/x")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/t?pics")).isNull();
    }

    /** A request that should match the mapping: its methods, parameters, headers and media types, a path from its patterns. */
    private static List<MockHttpServletRequest> requestsFor(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<MockHttpServletRequest> requests = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                MockHttpServletRequest request = request(method.name(), concrete(pattern));
                for (NameValueExpression<String> param : info.getParamsCondition().getExpressions()) {
                    if (!param.isNegated()) {
                        request.addParameter(param.getName(), param.getValue() != null ? param.getValue() : "1");
                    }
                }
                for (NameValueExpression<String> header : info.getHeadersCondition().getExpressions()) {
                    if (!header.isNegated()) {
                        request.addHeader(header.getName(), header.getValue() != null ? header.getValue() : "1");
                    }
                }
                info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                        .map(type -> type.isWildcardSubtype() ? MediaType.APPLICATION_JSON : type)
                        .ifPresent(type -> request.setContentType(type.toString()));
                info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
                        .ifPresent(type -> request.addHeader("Accept", type.toString()));
                requests.add(request);
            }
        }
        return requests;
    }

    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}]*}", "a1")
                .replace("**", "a/b").replace("*", "a").replace("?", "a");
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    // as Spring MVC's initLookupPath makes it for path patterns
    private static String lookupPath(MockHttpServletRequest request) {
        String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
        return UrlPathHelper.defaultInstance.removeSemicolonContent(path);
    }
}
