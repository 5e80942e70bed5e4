package dev.interviewlab.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request whose parameters are those of its query string only: its body was refused, and asking
 * Tomcat for parameters would make it read (and refuse) the body again. The body itself is empty.
 */
final class QueryParametersOnly extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    QueryParametersOnly(HttpServletRequest request) {
        super(request);
        this.parameters = Collections.unmodifiableMap(parse(request.getQueryString()));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    private static Map<String, String[]> parse(String query) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = decode(equals < 0 ? "" : pair.substring(equals + 1));
            if (name == null || name.isEmpty() || value == null) {
                continue; // a malformed pair is left out, as a page would ignore it
            }
            parameters.merge(name, new String[]{value}, (before, added) -> {
                String[] both = Arrays.copyOf(before, before.length + 1);
                both[before.length] = added[0];
                return both;
            });
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
