package dev.interviewlab.web.limits;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Refuses request bodies over the limit with 413 before anything reads them: a problem detail on
 * the JSON API, the site's error page (templates/error/413.html) elsewhere.
 *
 * <p>Why a filter in front of everything: Tomcat silently drops the parameters of a form over
 * {@code server.tomcat.max-http-form-post-size}, which would surface as a confusing CSRF refusal,
 * and Jackson would read a JSON body of any size into memory. Multipart uploads are left to the
 * multipart limits ({@code spring.servlet.multipart.*}), which the importer answers with its own
 * form. A JSON body without a Content-Length (chunked) is read up to the limit here, so it cannot
 * get around it; a chunked form post falls back to Tomcat's form limit, answered with the same page.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    static final String MAX_KILOBYTES = "maxKilobytes";

    private final long maxApiBytes;
    private final long maxFormBytes;
    private final MessageSource messages;
    private final LocaleResolver locales;

    RequestSizeLimit(long maxApiBytes, long maxFormBytes, MessageSource messages, LocaleResolver locales) {
        this.maxApiBytes = maxApiBytes;
        this.maxFormBytes = maxFormBytes;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(new QueryParametersOnly(request), response);
            return;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        long length = request.getContentLengthLong();
        if (api) {
            if (length > maxApiBytes) {
                refuseApi(request, response);
                return;
            }
            if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
                byte[] body = request.getInputStream().readNBytes((int) maxApiBytes + 1);
                if (body.length > maxApiBytes) {
                    refuseApi(request, response);
                    return;
                }
                request = new BufferedBody(request, body);
            }
        } else if (length > maxFormBytes && !isMultipart(request)) {
            refusePage(request, response);
            return;
        } else if (length < 0 && !isMultipart(request)) {
            chunkedForm(request, response, chain);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A chunked form has no length to check beforehand: Tomcat reads it up to its form limit and throws
     * from whatever asks for a parameter first (Spring Security's CSRF check), which would leave a stack
     * trace and Tomcat's own error page. That refusal becomes the site's 413 page here.
     */
    private void chunkedForm(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isBodyTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            refusePage(request, response);
        }
    }

    private static boolean isBodyTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException invalid
                    && invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                return true;
            }
        }
        return false;
    }

    private void refusePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(MAX_KILOBYTES, maxFormBytes / 1024);
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    /**
     * The error page of a refused body is a second dispatch of the same request: there, parameters
     * come from the query string only (the page's {@code ?lang=}), so nothing makes Tomcat read the body
     * it refused, which would throw again.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(MAX_KILOBYTES) == null;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                               FilterChain chain) throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private void refuseApi(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("limits.tooLarge.title", null, locale);
        String detail = messages.getMessage("limits.tooLarge.api", new Object[]{maxApiBytes / 1024}, locale);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // the rest of the body is not read: the connection closes rather than Tomcat swallowing it all
        response.setHeader("Connection", "close");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":413,\"detail\":"
                + json(detail) + ",\"maxBytes\":" + maxApiBytes + "}");
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** A request whose body was already read, within the limit, and is served from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return available() == 0;
                }

                @Override
                public int available() {
                    try {
                        return in.available();
                    } catch (IOException e) {
                        return 0;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                // the body is already in memory: all of it is available at once, then it has been read
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        if (!isFinished()) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
