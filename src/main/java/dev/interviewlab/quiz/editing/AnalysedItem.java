package dev.interviewlab.quiz.editing;

import dev.interviewlab.quiz.analysis.ItemStatistics;
import dev.interviewlab.quiz.bank.ItemListing;

import java.util.List;
import java.util.Map;

/** A row of the editor's item list with its item analysis. */
public record AnalysedItem(ItemListing item, ItemStatistics statistics) {

    /** The listing in the order asked for; the sort is stable, so ties keep the listing's order. */
    static List<AnalysedItem> of(List<ItemListing> listing, Map<String, ItemStatistics> statistics, ItemSort sort) {
        return listing.stream()
                .map(item -> new AnalysedItem(item, statistics.getOrDefault(item.key(), ItemStatistics.none())))
                .sorted(sort.order())
                .toList();
    }
}
