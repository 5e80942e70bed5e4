package dev.interviewlab.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/**
 * Puts links to the current page in each language into the request ({@code ${languageLinks.en}},
 * {@code ${languageLinks.zh}} in templates), keeping the page's other query parameters. Runs for
 * error pages too, where it links to the address that failed.
 */
class LanguageSwitch implements HandlerInterceptor {

    static final String ATTRIBUTE = "languageLinks";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String query = errorUri != null ? null : request.getQueryString();
        Map<String, String> links = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            links.put(language.code(), UriComponentsBuilder.fromPath(path).query(query)
                    .replaceQueryParam("lang", language.code()).build().toUriString());
        }
        request.setAttribute(ATTRIBUTE, links);
        return true;
    }
}
