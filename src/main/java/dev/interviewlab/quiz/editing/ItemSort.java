package dev.interviewlab.quiz.editing;

import dev.interviewlab.quiz.analysis.ItemStatistics;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Orders of the editor's item list. The statistics orders put the items that need a look first
 * (lowest figure first); items with too few attempts go last, in the list's usual order.
 */
public enum ItemSort {
    TOPIC(Comparator.comparing(row -> 0)),
    FACILITY(byFigure(ItemStatistics::facility)),
    DISCRIMINATION(byFigure(ItemStatistics::discrimination)),
    EFFICIENCY(byFigure(ItemStatistics::efficiency));

    private final Comparator<AnalysedItem> order;

    ItemSort(Comparator<AnalysedItem> order) {
        this.order = order;
    }

    Comparator<AnalysedItem> order() {
        return order;
    }

    /** The value of the {@code sort} parameter; empty for anything else. */
    static Optional<ItemSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(TOPIC);
        }
        for (ItemSort sort : values()) {
            if (sort.code().equals(value.strip())) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static Comparator<AnalysedItem> byFigure(java.util.function.Function<ItemStatistics, OptionalDouble> figure) {
        return Comparator.comparingDouble(row -> {
            OptionalDouble value = figure.apply(row.statistics());
            return row.statistics().tooFewAttempts() || value.isEmpty() ? Double.POSITIVE_INFINITY : value.getAsDouble();
        });
    }
}
