package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.SimulationCard;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The note on load balancing lists the simulation, and the topic it names exists with a quiz. */
class LoadBalancingCardTest {

    @Test
    void theCardPointsAtThePageAndAtANoteAndQuizThatExist() {
        SimulationCard card = new LoadBalancingConfiguration().loadBalancingSimulationCard();
        assertThat(card.path()).isEqualTo("/simulations/load-balancing");
        assertThat(card.topicSlugs()).containsExactly("load-balancing-algorithms");
        assertThat(Path.of("db/content/topics/load-balancing-algorithms.md")).exists();
        assertThat(Path.of("db/content/quiz/load-balancing-algorithms.yaml")).exists();
        assertThat(Files.isRegularFile(Path.of("src/main/resources/templates/simulation/loadbalancing/page.html"))).isTrue();
    }
}
