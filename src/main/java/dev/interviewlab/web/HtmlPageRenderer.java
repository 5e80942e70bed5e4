package dev.interviewlab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a template to UTF-8 bytes exactly as Spring MVC would for this request (same view
 * resolver, same request context, same interceptors' attributes), so a page that is the same for
 * every reader can be rendered once and served from memory.
 */
@Component
public class HtmlPageRenderer {

    // looked up when first needed: an application started without a web server (the command-line
    // import) has no view resolver, and never renders
    private final ObjectProvider<ViewResolver> views;
    private final ReaderParts readerParts = new ReaderParts(new SecureRandom());

    public HtmlPageRenderer(@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views) {
        this.views = views;
    }

    public byte[] render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
                         HttpServletResponse response) {
        return renderText(viewName, model, locale, request, response).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Renders the page once for every signed-in reader: the model gets {@link ReaderParts#ATTRIBUTE},
     * so the template puts marks where each reader's own parts go, and the page is cut there.
     */
    public PageSkeleton renderSkeleton(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
                                       HttpServletResponse response) {
        Map<String, Object> marked = new HashMap<>(model);
        marked.put(ReaderParts.ATTRIBUTE, readerParts);
        try {
            return readerParts.skeleton(renderText(viewName, marked, locale, request, response));
        } finally {
            // a view leaves its model in the request's attributes: the reader's parts, rendered next, need
            // the templates' per-reader branches, and a page rendered after it must not depend on whether
            // the skeleton was kept or rendered just now
            marked.keySet().forEach(request::removeAttribute);
        }
    }

    /**
     * Renders one reader's parts of a page: a small template that writes each part after
     * {@code ${partMarks.mark('name')}}; the result fills a {@link #renderSkeleton skeleton}.
     */
    public byte[] renderInto(PageSkeleton skeleton, String partsView, Map<String, ?> model, Locale locale,
                             HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> marked = new HashMap<>(model);
        marked.put("partMarks", readerParts);
        return skeleton.fill(readerParts.parts(renderText(partsView, marked, locale, request, response)));
    }

    private String renderText(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
                              HttpServletResponse response) {
        try {
            View view = views.getObject().resolveViewName(viewName, locale);
            if (view == null) {
                throw new IllegalStateException("no template " + viewName);
            }
            CapturingResponse capture = new CapturingResponse(response);
            view.render(model, request, capture);
            return capture.html();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot render " + viewName, e);
        }
    }

    /** Lets the view set headers on the real response but keeps the body it writes. */
    private static final class CapturingResponse extends HttpServletResponseWrapper {

        private final CharArrayWriter body = new CharArrayWriter(32 * 1024);
        private final PrintWriter writer = new PrintWriter(body);

        CapturingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        String html() {
            writer.flush();
            return body.toString();
        }
    }
}
