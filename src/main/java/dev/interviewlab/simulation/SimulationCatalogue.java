package dev.interviewlab.simulation;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every simulation the site offers, in a stable order. */
@Component
public class SimulationCatalogue {

    private final List<SimulationCard> cards;

    public SimulationCatalogue(List<SimulationCard> cards) {
        this.cards = cards.stream().sorted(Comparator.comparing(SimulationCard::slug)).toList();
    }

    public List<SimulationCard> all() {
        return cards;
    }

    public Optional<SimulationCard> bySlug(String slug) {
        return cards.stream().filter(card -> card.slug().equals(slug)).findFirst();
    }

    /**
     * The simulations that show a topic: the one its front matter names, and every simulation that
     * lists the topic among those it illustrates.
     */
    public List<SimulationCard> forTopic(String topicSlug, String namedSimulation) {
        return cards.stream()
                .filter(card -> card.slug().equals(namedSimulation) || card.topicSlugs().contains(topicSlug))
                .toList();
    }
}
