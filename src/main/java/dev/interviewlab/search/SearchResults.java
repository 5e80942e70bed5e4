package dev.interviewlab.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param hits     this page's hits, best first
 * @param total    how many topics match in all, not only on this page
 * @param page     1-based; may lie beyond the last page, which then has no hits
 * @param pageSize hits per page
 */
public record SearchResults(List<SearchHit> hits, int total, int page, int pageSize) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults none(int page, int pageSize) {
        return new SearchResults(List.of(), 0, page, pageSize);
    }

    public int pages() {
        return (int) (((long) total + pageSize - 1) / pageSize);
    }

    /** The number of this page's first hit in the whole list (1-based). */
    public long firstNumber() {
        return (long) (page - 1) * pageSize + 1;
    }

    public long lastNumber() {
        return firstNumber() + hits.size() - 1;
    }

    /**
     * The page numbers to link: the first, the last and two either side of this one; 0 stands for the
     * pages left out between them, so a long list of results keeps a short row of links.
     */
    public List<Integer> pageLinks() {
        List<Integer> links = new java.util.ArrayList<>();
        int last = pages();
        for (int number = 1; number <= last; number++) {
            if (number == 1 || number == last || Math.abs(number - page) <= 2) {
                links.add(number);
            } else if (links.get(links.size() - 1) != 0) {
                links.add(0);
            }
        }
        return links;
    }

    public boolean beyondTheLastPage() {
        return total > 0 && page > pages();
    }
}
