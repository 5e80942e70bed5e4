package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.SimulationCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Lists the Go GC simulation on the home page, /simulations and the Go garbage collector note. */
@Configuration
class GoGcSimulationConfiguration {

    static final String TOPIC = "go-garbage-collector";

    @Bean
    SimulationCard goGcSimulationCard() {
        return new SimulationCard("go-gc", GoGcSimulationController.PATH, "gogc.title", "gogc.summary", List.of(TOPIC));
    }
}
