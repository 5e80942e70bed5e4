package dev.interviewlab.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every form field and query parameter reaches the application without NUL characters
 * ({@link StorableText}), whichever controller binds it.
 */
@Component
class StorableFormText extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return StorableText.of(super.getParameter(name));
            }

            @Override
            public String[] getParameterValues(String name) {
                String[] values = super.getParameterValues(name);
                return values == null ? null : Arrays.stream(values).map(StorableText::of).toArray(String[]::new);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> storable = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> storable.put(name,
                        Arrays.stream(values).map(StorableText::of).toArray(String[]::new)));
                return storable;
            }
        }, response);
    }
}
