package dev.interviewlab.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to an error no controller answered itself (a path the request firewall refused, an
 * address nothing serves, a refused sign-in or role, a body too large): under {@code /api/} and for
 * every client that does not ask for HTML an RFC 9457 problem detail in the client's language, else
 * the site's error page ({@code templates/error/<status>.html} or {@code error.html}), as Spring
 * Boot's own controller renders it.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // ErrorAttributes exist only in a web application
class SiteErrorController extends BasicErrorController {

    private final MessageSource messages;

    SiteErrorController(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
                        MessageSource messages) {
        super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
        this.messages = messages;
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!isApi(request)) {
            return super.errorHtml(request, response);
        }
        HttpStatus status = getStatus(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(json(problem(status)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null; // answered
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status));
    }

    /**
     * The error's status; 404 when {@code /error} is asked for directly, not reached by an error dispatch (the
     * container sets the status code then): nothing went wrong on our side, the address is simply not a page.
     */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }

    private Map<String, Object> problem(HttpStatus status) {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = status == HttpStatus.NOT_FOUND ? messages.getMessage("api.error.notFound", null, locale)
                : status.is4xxClientError() ? messages.getMessage("error.client", new Object[]{status.value()}, locale)
                : messages.getMessage("error.server", null, locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        return problem;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
    }

    private static String json(Map<String, Object> problem) {
        StringBuilder json = new StringBuilder("{");
        problem.forEach((name, value) -> {
            json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":");
            if (value instanceof Number) {
                json.append(value);
            } else {
                json.append('"');
                for (char c : value.toString().toCharArray()) {
                    switch (c) {
                        case '"' -> json.append("\\\"");
                        case '\\' -> json.append("\\\\");
                        default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                    }
                }
                json.append('"');
            }
        });
        return json.append('}').toString();
    }
}
