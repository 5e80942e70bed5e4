package dev.interviewlab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The pieces of a reader's own forms and links written as plain strings, for the per-reader parts of a page
 * rendered once for every reader ({@link PageSkeleton}): the same HTML the templates write with
 * {@code th:action}/{@code th:href} and {@code th:text}, without a template render per request. Every text
 * and attribute value is escaped as Thymeleaf escapes it ({@code < > & " '}).
 */
public final class PostForms {

    private PostForms() {
    }

    /** Text or an attribute value, escaped for HTML. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A link to a path of this site, as {@code @{/path}} writes it: under the context path, escaped. */
    public static String href(String path, HttpServletRequest request, HttpServletResponse response) {
        return escape(response.encodeURL(request.getContextPath() + path));
    }

    /**
     * The start of a form that posts to a path of this site, with the request's CSRF token in its hidden
     * field, as Thymeleaf's {@code th:action} writes it (Spring Security masks that token per response).
     */
    public static String open(String path, String cssClass, HttpServletRequest request, HttpServletResponse response) {
        return "<form action=\"" + href(path, request, response) + "\" method=\"post\" class=\"" + escape(cssClass) + "\">"
                + token(request);
    }

    /**
     * The hidden field with the request's CSRF token that Thymeleaf's {@code th:action} puts right after a post
     * form's start tag (empty without a token), for forms whose start tag is written otherwise.
     */
    public static String token(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "<input type=\"hidden\" name=\"" + escape(token.getParameterName()) + "\" value=\""
                    + escape(token.getToken()) + "\"/>";
        }
        return "";
    }

    /** A hidden field. */
    public static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }
}
