package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.SimulationCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Lists the git simulation on the home page, /simulations and the git topic. */
@Configuration
class GitSimulationConfiguration {

    static final String TOPIC = "git-merge-vs-rebase";

    @Bean
    SimulationCard gitSimulationCard() {
        return new SimulationCard("git", GitSimulationController.PATH, "git.title", "git.summary", List.of(TOPIC));
    }
}
