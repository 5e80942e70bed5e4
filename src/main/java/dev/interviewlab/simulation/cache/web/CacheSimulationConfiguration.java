package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.SimulationCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Lists the cache simulation on the home page, under /simulations and on the cache topics. */
@Configuration
class CacheSimulationConfiguration {

    static final List<String> TOPICS = List.of("cache-consistency-strategies", "cache-avalanche-breakdown-penetration");

    @Bean
    SimulationCard cacheSimulationCard() {
        return new SimulationCard("cache", CacheSimulationController.PATH, "cache.title", "cache.summary", TOPICS);
    }
}
