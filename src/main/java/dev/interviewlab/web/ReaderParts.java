package dev.interviewlab.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks for the parts of a page that belong to one reader (the header's account links with their
 * sign-out token, the reader's marks on a topic). A template puts {@code ${readerParts.mark('name')}}
 * where such a part goes when the page is rendered once for every reader; the marks carry a random
 * nonce, so no note or title can forge one. {@link #skeleton} cuts such a page at its marks, and
 * {@link #parts} reads the parts a small per-request template rendered after the same marks.
 */
public final class ReaderParts {

    /** The model attribute templates test to leave the per-reader parts out. */
    public static final String ATTRIBUTE = "readerParts";

    private final String nonce;

    ReaderParts(SecureRandom random) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        this.nonce = HexFormat.of().formatHex(bytes);
    }

    public String mark(String name) {
        return "<!--reader-part " + nonce + " " + name + "-->";
    }

    /**
     * A mark inside a start tag, where a reader's attribute goes (a {@code checked} choice, a typed
     * value): {@code th:attr="data-reader-part=${readerParts?.attributeMark('checked-1')}"}. The cut
     * takes the whole attribute, with all white space before it, out; the part brings its own space.
     */
    public String attributeMark(String name) {
        return nonce + ":" + name;
    }

    /** The page cut at its marks, in their order; a page without marks is one fixed piece. */
    public PageSkeleton skeleton(String html) {
        List<byte[]> fixed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String comment = "<!--reader-part " + nonce + " ";
        String attribute = " data-reader-part=\"" + nonce + ":";
        int from = 0;
        while (true) {
            int atComment = html.indexOf(comment, from);
            int atAttribute = html.indexOf(attribute, from);
            if (atComment < 0 && atAttribute < 0) {
                break;
            }
            boolean isComment = atAttribute < 0 || (atComment >= 0 && atComment < atAttribute);
            int at = isComment ? atComment : atAttribute;
            int nameStart = at + (isComment ? comment : attribute).length();
            int end = html.indexOf(isComment ? "-->" : "\"", nameStart);
            int cut = at;
            while (!isComment && cut > from && Character.isWhitespace(html.charAt(cut - 1))) {
                cut--; // the attribute's leading white space, however the template wrapped the tag
            }
            fixed.add(html.substring(from, cut).getBytes(StandardCharsets.UTF_8));
            names.add(html.substring(nameStart, end));
            from = end + (isComment ? 3 : 1);
        }
        fixed.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new PageSkeleton(fixed, names);
    }

    /** The parts of a rendering that put each part after its mark: name to HTML. */
    public Map<String, String> parts(String html) {
        PageSkeleton cut = skeleton(html);
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < cut.names().size(); i++) {
            parts.put(cut.names().get(i), new String(cut.fixed().get(i + 1), StandardCharsets.UTF_8));
        }
        return parts;
    }
}
