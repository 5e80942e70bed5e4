package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.SimulationCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration
class TcpSimulationConfiguration {

    static final String TOPIC = "tcp-connection-states";
    static final String KEEPALIVE_TOPIC = "http-keepalive-vs-tcp-keepalive";

    @Bean
    SimulationCard tcpSimulationCard() {
        return new SimulationCard("tcp", TcpSimulationController.PATH, "tcp.title", "tcp.summary", List.of(TOPIC, KEEPALIVE_TOPIC));
    }
}
