package dev.interviewlab.simulation.loadbalancing.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A consistent-hash ring: each server owns {@code virtualNodes × weight} points, placed by hashing
 * its name and the point's number (so a server's points do not depend on the others: adding one
 * moves only the keys that now fall just before its points). A key belongs to the first point at
 * or after its hash, wrapping round.
 */
public final class HashRing {

    private final long[] points;
    private final int[] owners;

    private HashRing(long[] points, int[] owners) {
        this.points = points;
        this.owners = owners;
    }

    public static HashRing of(List<ServerSpec> servers, int virtualNodes) {
        int[] weights = servers.stream().mapToInt(ServerSpec::weight).toArray();
        return of(weights, virtualNodes);
    }

    /** @param weights a weight per server, server i named {@link LbScenario#serverName(int)} */
    static HashRing of(int[] weights, int virtualNodes) {
        int size = 0;
        for (int weight : weights) {
            size += weight * virtualNodes;
        }
        long[][] entries = new long[size][];
        int n = 0;
        for (int server = 0; server < weights.length; server++) {
            for (int v = 0; v < weights[server] * virtualNodes; v++) {
                entries[n++] = new long[]{hash(LbScenario.serverName(server) + "#" + v), server};
            }
        }
        Arrays.sort(entries, (x, y) -> Long.compareUnsigned(x[0], y[0]));
        long[] points = new long[size];
        int[] owners = new int[size];
        for (int i = 0; i < size; i++) {
            points[i] = entries[i][0];
            owners[i] = (int) entries[i][1];
        }
        return new HashRing(points, owners);
    }

    /** The key's place on the ring. */
    public static long keyHash(int key) {
        return mix(key * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
    }

    /** Index of the first point at or after the hash, wrapping round. */
    int firstPoint(long hash) {
        int low = 0;
        int high = points.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Long.compareUnsigned(points[middle], hash) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == points.length ? 0 : low;
    }

    int owner(int point) {
        return owners[point % owners.length];
    }

    int pointCount() {
        return points.length;
    }

    /** The server owning the key when every server is up. */
    public int ownerOfKey(int key) {
        return owners[firstPoint(keyHash(key))];
    }

    /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser, so nearby names land far apart. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of MurmurHash3 (fmix64). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
