package dev.interviewlab.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Tomcat's request threads sized to the machine: two per core, at least four, unless
 * {@code server.tomcat.threads.max} is set. Tomcat's default of 200 lets every busy connection run at once,
 * each time-sliced against the others on a small machine; on 2 cores 4 threads served the guest topic page
 * with the shortest tail and the least memory of 4, 6, 8 and 16 (docs/benchmarks/performance.md, fourth pass).
 * Requests beyond them wait in order in Tomcat's queue. Pages wait little on anything but the CPU (H2 runs in
 * the process), so more threads than that only add switching.
 */
public class RequestThreads implements EnvironmentPostProcessor {

    static final String MAX = "server.tomcat.threads.max";
    static final String MIN_SPARE = "server.tomcat.threads.min-spare";

    static int forCores(int cores) {
        return Math.max(4, 2 * cores);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int threads = forCores(Runtime.getRuntime().availableProcessors());
        // last: any setting (properties, environment, command line) wins over this default
        environment.getPropertySources().addLast(new MapPropertySource("interviewlabRequestThreads",
                Map.of(MAX, threads, MIN_SPARE, Math.min(4, threads))));
    }
}
