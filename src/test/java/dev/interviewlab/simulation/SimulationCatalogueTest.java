package dev.interviewlab.simulation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationCatalogueTest {

    private final SimulationCatalogue catalogue = new SimulationCatalogue(List.of(
            new SimulationCard("tcp", "/simulations/tcp", "t", "s", List.of("tcp-connection-states", "http-keepalive-vs-tcp-keepalive")),
            new SimulationCard("git", "/simulations/git", "t", "s", List.of("git-merge-vs-rebase"))));

    @Test
    void aTopicIsShownByTheSimulationItNamesAndByThoseThatListIt() {
        assertThat(catalogue.forTopic("http-keepalive-vs-tcp-keepalive", null)).extracting(SimulationCard::slug).containsExactly("tcp");
        assertThat(catalogue.forTopic("websocket", "git")).extracting(SimulationCard::slug).containsExactly("git");
        assertThat(catalogue.forTopic("websocket", null)).isEmpty();
    }

    @Test
    void cardsComeInAStableOrder() {
        assertThat(catalogue.all()).extracting(SimulationCard::slug).containsExactly("git", "tcp");
    }
}
