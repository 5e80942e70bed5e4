package dev.interviewlab.markdown.diagram;

import java.util.List;
import java.util.Locale;

/**
 * Collects SVG shapes in layers (drawn back to front) and the box they cover, so the
 * {@code viewBox} fits the drawing. Numbers are written with at most two decimals and every text is
 * escaped, so the output is deterministic and safe. Colours come from CSS classes only.
 */
final class SvgCanvas {

    static final double FONT = 14;
    static final double LINE_HEIGHT = 18;
    private static final double PADDING = 12;

    static final int BACK = 0;
    static final int MIDDLE = 1;
    static final int FRONT = 2;
    static final int TOP = 3;

    private final StringBuilder[] layers = {new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()};
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    void cover(double x1, double y1, double x2, double y2) {
        minX = Math.min(minX, Math.min(x1, x2));
        minY = Math.min(minY, Math.min(y1, y2));
        maxX = Math.max(maxX, Math.max(x1, x2));
        maxY = Math.max(maxY, Math.max(y1, y2));
    }

    void rect(int layer, double x, double y, double width, double height, double radius, String cssClass) {
        cover(x, y, x + width, y + height);
        StringBuilder out = layers[layer].append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(num(radius)).append('"');
        }
        out.append(" class=\"").append(cssClass).append("\"/>");
    }

    void circle(int layer, double cx, double cy, double r, String cssClass) {
        cover(cx - r, cy - r, cx + r, cy + r);
        layers[layer].append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" class=\"").append(cssClass).append("\"/>");
    }

    void ellipse(int layer, double cx, double cy, double rx, double ry, String cssClass) {
        cover(cx - rx, cy - ry, cx + rx, cy + ry);
        layers[layer].append("<ellipse cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" rx=\"")
                .append(num(rx)).append("\" ry=\"").append(num(ry)).append("\" class=\"").append(cssClass).append("\"/>");
    }

    void line(int layer, double x1, double y1, double x2, double y2, String cssClass) {
        cover(x1, y1, x2, y2);
        layers[layer].append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" class=\"").append(cssClass).append("\"/>");
    }

    /** A path from numbers: {@code commands} alternates command letters and coordinates. */
    void path(int layer, String cssClass, Object... commands) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < commands.length; i++) {
            if (i > 0) {
                data.append(' ');
            }
            data.append(commands[i] instanceof Double d ? num(d) : String.valueOf(commands[i]));
        }
        layers[layer].append("<path d=\"").append(data).append("\" class=\"").append(cssClass).append("\"/>");
    }

    /** A filled triangle whose tip is at (x, y), pointing along (dx, dy). */
    void arrowhead(int layer, double x, double y, double dx, double dy, String cssClass) {
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double back = 10;
        double half = 4.5;
        double bx = x - ux * back;
        double by = y - uy * back;
        cover(x, y, bx, by);
        path(layer, cssClass, "M", x, y, "L", bx - uy * half, by + ux * half, "L", bx + uy * half, by - ux * half, "Z");
    }

    /** A cross centred on (x, y), for a lost message. */
    void cross(int layer, double x, double y, String cssClass) {
        double s = 6;
        cover(x - s, y - s, x + s, y + s);
        path(layer, cssClass, "M", x - s, y - s, "L", x + s, y + s, "M", x - s, y + s, "L", x + s, y - s);
    }

    /**
     * Text, one {@code tspan} per line, anchored at x ({@code start}, {@code middle} or {@code end})
     * and vertically centred on {@code centerY}.
     */
    void text(int layer, double x, double centerY, String text, String anchor, String cssClass) {
        List<String> lines = TextWidth.lines(text);
        double width = TextWidth.of(text);
        double height = lines.size() * LINE_HEIGHT;
        double left = switch (anchor) {
            case "start" -> x;
            case "end" -> x - width;
            default -> x - width / 2;
        };
        cover(left, centerY - height / 2, left + width, centerY + height / 2);
        double baseline = centerY - (lines.size() - 1) * LINE_HEIGHT / 2 + FONT * 0.35;
        StringBuilder out = layers[layer].append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline))
                .append("\" text-anchor=\"").append(anchor).append("\" class=\"").append(cssClass).append("\">");
        if (lines.size() == 1) {
            out.append(escape(lines.get(0)));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                out.append("<tspan x=\"").append(num(x)).append('"');
                if (i > 0) {
                    out.append(" dy=\"").append(num(LINE_HEIGHT)).append('"');
                }
                out.append('>').append(escape(lines.get(i))).append("</tspan>");
            }
        }
        out.append("</text>");
    }

    /**
     * The finished {@code <svg>}: sized to the drawing, scaling down with its container (down to a
     * minimum width set by its {@code diagram-w-N} class; wider figures scroll), announced by its
     * title and description.
     */
    String svg(String id, String title, String description) {
        if (minX > maxX) {
            cover(0, 0, 1, 1);
        }
        double x = Math.floor(minX - PADDING);
        double y = Math.floor(minY - PADDING);
        double width = Math.ceil(maxX + PADDING) - x;
        double height = Math.ceil(maxY + PADDING) - y;
        int size = (int) Math.max(1, Math.min(20, Math.ceil(width / 100)));
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(num(x)).append(' ').append(num(y))
                .append(' ').append(num(width)).append(' ').append(num(height)).append("\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" class=\"diagram-svg diagram-w-").append(size)
                .append("\"><title id=\"").append(id).append("-title\">").append(escape(title)).append("</title><desc id=\"")
                .append(id).append("-desc\">").append(escape(description)).append("</desc>");
        for (StringBuilder layer : layers) {
            out.append(layer);
        }
        return out.append("</svg>").toString();
    }

    static String num(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        String text = String.format(Locale.ROOT, "%.2f", rounded);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    /** Escapes text for an element or a double-quoted attribute; drops characters XML forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
