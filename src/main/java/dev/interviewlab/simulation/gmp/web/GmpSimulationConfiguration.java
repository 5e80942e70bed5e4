package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.SimulationCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Lists the GMP scheduler simulation on the home page, /simulations and the GMP scheduler note. */
@Configuration
class GmpSimulationConfiguration {

    static final String TOPIC = "go-gmp-scheduler";

    @Bean
    SimulationCard gmpSimulationCard() {
        return new SimulationCard("gmp", GmpSimulationController.PATH, "gmp.title", "gmp.summary", List.of(TOPIC));
    }
}
