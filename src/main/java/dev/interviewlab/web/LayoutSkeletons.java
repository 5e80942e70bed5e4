package dev.interviewlab.web;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The site's layout (head, header, footer) around a page whose main part is all its reader's own, such as
 * Today: rendered once per page, language and address with marks for the reader's parts
 * ({@code readerMain} in the model puts a mark where the main part goes), so each request renders only the
 * reader's parts. The layout shows nothing that changes while the site runs (messages, links), so entries
 * are never stale; the key holds the query string, which anyone can vary, so the map is bounded by bytes.
 */
@Component
public class LayoutSkeletons {

    /** The model attribute that leaves the main part out of the layout, for a mark instead. */
    public static final String READER_MAIN = "readerMain";

    /**
     * The model attribute that leaves the page's title and language links (which hold the page's address) out of the
     * layout, for marks ({@code title}, {@code language-links}) instead: one layout then serves every address of a
     * page, and the request fills them in.
     */
    public static final String PAGE_PARTS = "pageParts";

    static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Map<String, PageSkeleton> skeletons = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /**
     * @param key everything the layout depends on: the page, language, signed in or not, editor or not, and the
     *            query string unless the title and language links are parts of their own ({@link #PAGE_PARTS})
     */
    public PageSkeleton skeleton(String key, Supplier<PageSkeleton> render) {
        PageSkeleton cached = skeletons.get(key);
        if (cached != null) {
            return cached;
        }
        PageSkeleton rendered = render.get();
        if (bytes.addAndGet(rendered.size()) > MAX_BYTES) {
            skeletons.clear();
            bytes.set(rendered.size());
        }
        skeletons.put(key, rendered);
        return rendered;
    }
}
