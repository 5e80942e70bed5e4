package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.SimulationCard;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The GMP note lists the simulation, and the topic it names exists with a quiz. */
class GmpCardTest {

    @Test
    void theCardPointsAtThePageAndAtANoteAndQuizThatExist() {
        SimulationCard card = new GmpSimulationConfiguration().gmpSimulationCard();
        assertThat(card.path()).isEqualTo("/simulations/gmp");
        assertThat(card.topicSlugs()).containsExactly("go-gmp-scheduler");
        assertThat(Path.of("db/content/topics/go-gmp-scheduler.md")).exists();
        assertThat(Path.of("db/content/quiz/go-gmp-scheduler.yaml")).exists();
        assertThat(Files.isRegularFile(Path.of("src/main/resources/templates/simulation/gmp/page.html"))).isTrue();
    }
}
