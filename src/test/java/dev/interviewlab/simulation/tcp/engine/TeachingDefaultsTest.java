package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.function.Function;

import static dev.interviewlab.simulation.tcp.engine.TcpState.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What the presets' defaults must let a learner see without touching any other setting. */
class TeachingDefaultsTest {

    private static TcpRun run(String preset, Function<TcpSettings.Builder, TcpSettings.Builder> change) {
        TcpSettings.Resolution resolution = TcpSettings.ofPreset(preset).with(change).resolve();
        assertThat(resolution).isInstanceOf(TcpSettings.Resolved.class);
        return TcpSimulation.run(((TcpSettings.Resolved) resolution).scenario());
    }

    @ParameterizedTest
    @EnumSource(value = TcpPreset.class, names = "SIMULTANEOUS_OPEN", mode = EnumSource.Mode.EXCLUDE)
    void losingTheSynShowsItsRetransmissionAndChangesNothingElse(TcpPreset preset) {
        TcpRun lossFree = TcpSimulation.run(preset.scenario());
        TcpRun run = run(preset.key(), s -> s.lostSegments(1L));
        Segment again = run.segments().stream().filter(s -> s.retransmissionOf() == 1).findFirst().orElseThrow();
        assertThat(again.flagText()).isEqualTo("SYN");
        assertThat(again.sentAt()).isEqualTo(preset.scenario().rtoMs());
        assertThat(run.arrivalOf(again.number())).isPresent();
        // one timeout later, the conversation goes as it does without the loss
        assertThat(run.statePath(Side.CLIENT)).isEqualTo(lossFree.statePath(Side.CLIENT));
        assertThat(run.statePath(Side.SERVER)).isEqualTo(lossFree.statePath(Side.SERVER));
    }

    @Test
    void aSynLostTwiceIsStillRetransmittedBeforeTheClose() {
        TcpRun run = run("normal-close", s -> s.lostSegments(1L, 2L));
        assertThat(run.segments().subList(0, 3)).extracting(Segment::sentAt).containsExactly(0L, 1_000L, 3_000L);
        assertThat(run.statePath(Side.CLIENT)).containsSequence(SYN_SENT, ESTABLISHED, FIN_WAIT_1);
    }

    @Test
    void closeTimeComesAfterTheDefaultRetransmissionTimeout() {
        for (TcpPreset preset : TcpPreset.values()) {
            assertThat(preset.scenario().closeAtMs()).as(preset.key()).isGreaterThan(3 * preset.scenario().rtoMs());
        }
    }

    @Test
    void halfClosePresetSendsTheServersDataAfterTheClientsFin() {
        TcpRun run = TcpSimulation.run(TcpPreset.HALF_CLOSE.scenario());
        TcpEvent clientFin = run.events().stream().filter(e -> e.rule() == TcpRule.CLOSE_SENDS_FIN).findFirst().orElseThrow();
        assertThat(clientFin.side()).isEqualTo(Side.CLIENT);
        assertThat(clientFin.input()).isEqualTo(TcpInput.SHUTDOWN);
        TcpEvent write = run.events().stream().filter(e -> e.reason() == CallReason.DATA_AFTER_END_OF_STREAM)
                .findFirst().orElseThrow();
        assertThat(write.side()).isEqualTo(Side.SERVER);
        assertThat(write.before()).isEqualTo(CLOSE_WAIT);
        assertThat(write.sent().length()).isEqualTo(200);
        assertThat(write.time()).isGreaterThan(clientFin.time());
        // the half-closed client still reads: it acknowledges the data in FIN_WAIT_2
        TcpEvent read = run.arrivalOf(write.sent().number()).orElseThrow();
        assertThat(read.rule()).isEqualTo(TcpRule.RECEIVE_DATA);
        assertThat(read.before()).isEqualTo(FIN_WAIT_2);
        assertThat(read.sent().ack()).isEqualTo(write.sent().seq() + 200);
        // and only then does the server close
        TcpEvent serverClose = run.events().stream().filter(e -> e.reason() == CallReason.CLOSE_AFTER_END_OF_STREAM)
                .findFirst().orElseThrow();
        assertThat(serverClose.time()).isGreaterThan(write.time());
        assertThat(serverClose.sent().seq()).as("the FIN follows the data").isEqualTo(write.sent().seq() + 200);
        assertThat(run.events()).noneMatch(TcpEvent::unhandled);
    }

    @Test
    void dataAfterEndOfStreamToAClosedSocketMeetsAnRstOnLinux() {
        TcpRun run = run("half-close", s -> s.closeMode("close").profile("linux-linear"));
        List<TcpEvent> reset = run.events().stream().filter(e -> e.rule() == TcpRule.DATA_AFTER_CLOSE).toList();
        assertThat(reset).extracting(TcpEvent::side).containsExactly(Side.CLIENT);
        assertThat(reset.get(0).received().length()).isEqualTo(200);
        assertThat(reset.get(0).sent().flagText()).isEqualTo("RST+ACK");
        assertThat(run.statePath(Side.CLIENT)).doesNotContain(TIME_WAIT);
    }
}
