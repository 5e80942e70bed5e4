package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.Arrays;
import java.util.List;

/**
 * How many of the scenario's keys change server when the hash ring gains a server (of weight 1)
 * or loses the last one, against the share the new or removed server ought to own, and against
 * plain {@code hash mod n}, which moves most keys.
 *
 * @param added          fraction of keys that move when server n+1 joins
 * @param addedExpected  its fair share: 1 / (total weight + 1); 1/(n+1) with equal weights
 * @param removed        fraction of keys that move when the last server leaves
 * @param removedExpected its weight over the total weight; 1/n with equal weights
 * @param movedOthers    keys that moved between two servers that both stayed (always 0 on a ring)
 * @param moduloAdded    fraction that moves with hash mod n → hash mod (n+1)
 */
public record KeyMovement(int keys, int servers, int virtualNodes, double added, double addedExpected, double removed,
                          double removedExpected, int movedOthers, double moduloAdded) {

    public static KeyMovement of(List<ServerSpec> servers, int virtualNodes, int keys) {
        int[] weights = servers.stream().mapToInt(ServerSpec::weight).toArray();
        int total = Arrays.stream(weights).sum();
        int n = weights.length;
        HashRing ring = HashRing.of(weights, virtualNodes);
        int[] grown = Arrays.copyOf(weights, n + 1);
        grown[n] = 1;
        HashRing bigger = HashRing.of(grown, virtualNodes);
        HashRing smaller = n > 1 ? HashRing.of(Arrays.copyOf(weights, n - 1), virtualNodes) : null;
        int movedOnAdd = 0;
        int movedOnRemove = 0;
        int movedOthers = 0;
        int movedModulo = 0;
        for (int key = 0; key < keys; key++) {
            int owner = ring.ownerOfKey(key);
            int after = bigger.ownerOfKey(key);
            if (after != owner) {
                movedOnAdd++;
                if (after != n) {
                    movedOthers++;
                }
            }
            if (smaller != null) {
                int shrunk = smaller.ownerOfKey(key);
                if (shrunk != owner) {
                    movedOnRemove++;
                    if (owner != n - 1) {
                        movedOthers++;
                    }
                }
            }
            long hash = HashRing.keyHash(key);
            if (Long.remainderUnsigned(hash, n) != Long.remainderUnsigned(hash, n + 1)) {
                movedModulo++;
            }
        }
        return new KeyMovement(keys, n, virtualNodes, (double) movedOnAdd / keys, 1.0 / (total + 1),
                smaller == null ? 1 : (double) movedOnRemove / keys, (double) weights[n - 1] / total, movedOthers,
                (double) movedModulo / keys);
    }
}
