package dev.interviewlab.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per client ({@code interviewlab.rate-limit.*}) on the endpoints that cost work: running a
 * simulation, and changing a quiz attempt. A client may send {@code burst} requests at once, then
 * {@code perMinute} a minute; a client is its account when signed in, else its address.
 *
 * <p>The defaults leave a person clicking through simulations or answering a quiz (with autosave)
 * far below the limit; they stop a script hammering the engines.
 *
 * @param maxClients how many clients are remembered per limit at most; the least recently seen go first
 */
@ConfigurationProperties("interviewlab.rate-limit")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("300") int simulationBurst,
        @DefaultValue("120") int simulationPerMinute,
        @DefaultValue("600") int quizBurst,
        @DefaultValue("300") int quizPerMinute,
        @DefaultValue("10000") int maxClients) {

    public RateLimitSettings {
        if (simulationBurst < 1 || simulationPerMinute < 1 || quizBurst < 1 || quizPerMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("interviewlab.rate-limit.* must be positive");
        }
    }
}
