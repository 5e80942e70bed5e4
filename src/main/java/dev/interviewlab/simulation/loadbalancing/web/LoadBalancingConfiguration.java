package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.SimulationCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration
class LoadBalancingConfiguration {

    static final String TOPIC = "load-balancing-algorithms";

    @Bean
    SimulationCard loadBalancingSimulationCard() {
        return new SimulationCard("load-balancing", LoadBalancingController.PATH, "lb.title", "lb.summary", List.of(TOPIC));
    }
}
