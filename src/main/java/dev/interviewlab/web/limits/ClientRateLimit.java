package dev.interviewlab.web.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client for one kind of request. Bounded: at {@code maxClients} the buckets
 * that have refilled completely go first (forgetting them changes nothing), then the least recently
 * used — so a flood of new addresses costs memory up to the bound, never more.
 */
final class ClientRateLimit {

    private final int burst;
    private final int perMinute;
    private final int maxClients;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    ClientRateLimit(int burst, int perMinute, int maxClients, Clock clock) {
        this.burst = burst;
        this.perMinute = perMinute;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** Counts a request of this client: {@link Duration#ZERO} when allowed, else how long to wait. */
    synchronized Duration take(String client) {
        Instant now = clock.instant();
        TokenBucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                makeRoom(now);
            }
            bucket = new TokenBucket(burst, now);
            buckets.put(client, bucket);
        }
        return bucket.take(now, burst, perMinute);
    }

    synchronized int clientCount() {
        return buckets.size();
    }

    private void makeRoom(Instant now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now, burst, perMinute));
        Iterator<TokenBucket> leastRecentlyUsed = buckets.values().iterator();
        while (buckets.size() >= maxClients && leastRecentlyUsed.hasNext()) {
            leastRecentlyUsed.next();
            leastRecentlyUsed.remove();
        }
    }
}
