package dev.interviewlab.simulation;

import java.util.List;

/**
 * A simulation as the home page, {@code /simulations} and topic pages list it. Each simulation
 * feature declares one as a bean.
 *
 * @param slug        short name, also the value of a topic's {@code simulation:} front matter
 * @param path        where its form lives, e.g. {@code /simulations/tcp}
 * @param titleKey    message key of its name
 * @param summaryKey  message key of one sentence on what it shows
 * @param topicSlugs  the topics it illustrates
 */
public record SimulationCard(String slug, String path, String titleKey, String summaryKey, List<String> topicSlugs) {

    public SimulationCard {
        topicSlugs = List.copyOf(topicSlugs);
    }
}
