package dev.interviewlab.simulation.svg;

import org.springframework.web.util.HtmlUtils;

import java.util.Locale;

/**
 * A small writer for inline SVG diagrams, so result pages draw on the server and work without
 * JavaScript. Every text and attribute value is escaped. Diagrams built with it should give the
 * {@code <svg>} a title and description (screen readers announce them) and mark the shapes of a
 * replay step with {@code data-step="N"}, which {@code replay.js} highlights.
 */
public final class Svg {

    private final StringBuilder out = new StringBuilder(4096);
    private int openGroups;

    private Svg(String id, double width, double height, String title, String description) {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("svg id must be lower-case letters, digits and '-': " + id);
        }
        out.append("<svg id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" class=\"diagram\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    /** @param id unique on the page; the title and description get ids derived from it */
    public static Svg of(String id, double width, double height, String title, String description) {
        return new Svg(id, width, height, title, description);
    }

    /** Opens a {@code <g>} with a class and, if step &gt; 0, a {@code data-step}; close it with {@link #end()}. */
    public Svg group(String cssClass, int step) {
        out.append("<g class=\"").append(escape(cssClass)).append('"');
        if (step > 0) {
            out.append(" data-step=\"").append(step).append('"');
        }
        out.append('>');
        openGroups++;
        return this;
    }

    public Svg end() {
        if (openGroups == 0) {
            throw new IllegalStateException("no open group");
        }
        out.append("</g>");
        openGroups--;
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" class=\"").append(escape(cssClass)).append("\"/>");
        return this;
    }

    public Svg rect(double x, double y, double width, double height, String cssClass) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" class=\"").append(escape(cssClass)).append("\"/>");
        return this;
    }

    public Svg circle(double cx, double cy, double r, String cssClass) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" class=\"").append(escape(cssClass)).append("\"/>");
        return this;
    }

    /** A path from SVG path data the caller builds from numbers (never from user text). */
    public Svg path(String data, String cssClass) {
        out.append("<path d=\"").append(escape(data)).append("\" class=\"").append(escape(cssClass)).append("\"/>");
        return this;
    }

    /** Text anchored at (x, y); {@code anchor} is start, middle or end. */
    public Svg text(double x, double y, String text, String anchor, String cssClass) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(escape(anchor)).append("\" class=\"").append(escape(cssClass)).append("\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    /** A tooltip for the enclosing group (shown on hover, read by screen readers). */
    public Svg tooltip(String text) {
        out.append("<title>").append(escape(text)).append("</title>");
        return this;
    }

    public String build() {
        if (openGroups != 0) {
            throw new IllegalStateException(openGroups + " group(s) left open");
        }
        return out + "</svg>";
    }

    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
