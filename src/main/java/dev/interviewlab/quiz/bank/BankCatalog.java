package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.LocalizedText;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bank's shape: categories in the site's order, each with its topics that have drawable items
 * and how many at each difficulty. Forms, offers and the check "more questions than the bank
 * holds" read it; it holds no item text.
 */
public record BankCatalog(List<BankCategory> categories) {

    public BankCatalog {
        categories = List.copyOf(categories);
    }

    public record BankTopic(String slug, LocalizedText title, String categorySlug, Map<Difficulty, Integer> counts) {

        public BankTopic {
            counts = Map.copyOf(counts);
        }

        /** Items at that difficulty, or at all difficulties for null. */
        public int count(Difficulty difficulty) {
            return difficulty == null ? counts.values().stream().mapToInt(Integer::intValue).sum()
                    : counts.getOrDefault(difficulty, 0);
        }

        public int total() {
            return count(null);
        }
    }

    public record BankCategory(String slug, LocalizedText name, List<BankTopic> topics) {

        public BankCategory {
            topics = List.copyOf(topics);
        }

        public int total() {
            return topics.stream().mapToInt(BankTopic::total).sum();
        }
    }

    public static BankCatalog empty() {
        return new BankCatalog(List.of());
    }

    public Optional<BankCategory> category(String slug) {
        return categories.stream().filter(category -> category.slug().equals(slug)).findFirst();
    }

    public Optional<BankTopic> topic(String slug) {
        return categories.stream().flatMap(category -> category.topics().stream())
                .filter(topic -> topic.slug().equals(slug)).findFirst();
    }

    /** The topics a selection covers: every topic of the chosen categories, and the chosen topics. */
    public Set<String> expand(Collection<String> categorySlugs, Collection<String> topicSlugs) {
        Set<String> topics = new LinkedHashSet<>();
        for (BankCategory category : categories) {
            if (categorySlugs.contains(category.slug())) {
                category.topics().forEach(topic -> topics.add(topic.slug()));
            }
        }
        topicSlugs.stream().filter(slug -> topic(slug).isPresent()).forEach(topics::add);
        return topics;
    }

    /** How many distinct items a quiz over these topics can draw. */
    public int available(Collection<String> topicSlugs, Difficulty difficulty) {
        return topicSlugs.stream().distinct().map(this::topic).flatMap(Optional::stream)
                .mapToInt(topic -> topic.count(difficulty)).sum();
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }

    static Map<Difficulty, Integer> counts() {
        return new EnumMap<>(Difficulty.class);
    }
}
