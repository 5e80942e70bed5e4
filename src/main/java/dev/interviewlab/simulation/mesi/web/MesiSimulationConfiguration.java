package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.SimulationCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration
class MesiSimulationConfiguration {

    static final String TOPIC = "cpu-cache-mesi";

    @Bean
    SimulationCard mesiSimulationCard() {
        return new SimulationCard("mesi", MesiSimulationController.PATH, "mesi.title", "mesi.summary", List.of(TOPIC));
    }
}
