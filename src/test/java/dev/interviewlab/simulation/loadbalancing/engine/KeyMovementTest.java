package dev.interviewlab.simulation.loadbalancing.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Consistent hashing's promise (Karger et al. 1997): when a server joins n others, about 1/(n+1)
 * of the keys move, all of them to it. The new server's share of the ring is the sum of its V
 * arcs; with V virtual nodes per server that share has a relative standard deviation of about
 * 1/√V (3.2 % at V = 1,000), and 100,000 keys add a sampling error under 1 % of the share. A 15 %
 * relative tolerance is over four standard deviations.
 */
class KeyMovementTest {

    private static final int KEYS = 100_000;
    private static final int VIRTUAL_NODES = 1_000;

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 5, 8})
    void addingAServerMovesAboutOneInNPlusOneKeysAndOnlyToIt(int n) {
        KeyMovement movement = KeyMovement.of(equalServers(n), VIRTUAL_NODES, KEYS);
        assertThat(movement.addedExpected()).isEqualTo(1.0 / (n + 1));
        assertThat(movement.added()).isCloseTo(1.0 / (n + 1), within(0.15 / (n + 1)));
        assertThat(movement.movedOthers()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void removingAServerMovesOnlyItsKeys(int n) {
        KeyMovement movement = KeyMovement.of(equalServers(n), VIRTUAL_NODES, KEYS);
        assertThat(movement.removed()).isCloseTo(1.0 / n, within(0.15 / n));
        assertThat(movement.movedOthers()).isZero();
    }

    /** hash mod n and hash mod (n+1) agree for only 1/(n+1) of uniformly spread hashes. */
    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void moduloHashingMovesMostKeys(int n) {
        KeyMovement movement = KeyMovement.of(equalServers(n), 1, KEYS);
        assertThat(movement.moduloAdded()).isCloseTo((double) n / (n + 1), within(0.01));
    }

    private static List<ServerSpec> equalServers(int n) {
        return Collections.nCopies(n, new ServerSpec(1, 1, 1, 10));
    }
}
