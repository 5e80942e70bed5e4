package dev.interviewlab.search;

import java.util.List;

/** The best quiz items for a search, and how many match in all. */
public record ItemSearchResults(List<ItemHit> hits, int total) {

    public ItemSearchResults {
        hits = List.copyOf(hits);
    }

    static ItemSearchResults none() {
        return new ItemSearchResults(List.of(), 0);
    }
}
