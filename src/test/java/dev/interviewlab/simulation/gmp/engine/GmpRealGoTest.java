package dev.interviewlab.simulation.gmp.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the claims of the scheduler presets against the real Go runtime: {@code src/test/resources/gmp/schedprobe.go}
 * is built with the {@code go} on the PATH (Debian: golang-go) and run under the settings each preset names. The
 * model's times are not the runtime's; the test compares what each side claims (who waits for whom, whether the
 * thread count grows). Skips with a message where go is missing or older than 1.14.
 */
class GmpRealGoTest {

    private static final Pattern GO_VERSION = Pattern.compile("go1\\.(\\d+)");
    private static final Pattern SCHED_THREADS = Pattern.compile("SCHED \\d+ms: .*? threads=(\\d+)");

    @TempDir
    static Path dir;
    private static Path probe;

    @BeforeAll
    static void buildProbe() throws Exception {
        int minor = goMinorVersion();
        assumeTrue(minor > 0, "go is not on the PATH: the scheduler presets were not compared with the real runtime");
        assumeTrue(minor >= 14, "go1." + minor + " has no asynchronous preemption to compare with");
        try (InputStream source = GmpRealGoTest.class.getResourceAsStream("/gmp/schedprobe.go")) {
            Files.write(dir.resolve("main.go"), source.readAllBytes());
        }
        probe = dir.resolve("schedprobe");
        Run build = run(List.of("go", "build", "-o", probe.toString(), "main.go"), Map.of());
        assertThat(build.exit).as("go build:%n%s", build.output).isZero();
    }

    @Test
    void aLoopWithoutCallsStarvesASleeperOnlyWithoutAsyncPreemption() throws Exception {
        Map<String, Long> async = values(run(List.of(probe.toString(), "tight-loop"), Map.of()));
        Map<String, Long> cooperative = values(run(List.of(probe.toString(), "tight-loop"),
                Map.of("GODEBUG", "asyncpreemptoff=1")));

        // the real runtime
        assertThat(async.get("sleeper_woke_ms")).as("go1.14+: %s", async).isLessThan(async.get("loop_done_ms") / 3);
        assertThat(cooperative.get("sleeper_woke_ms")).as("asyncpreemptoff=1: %s", cooperative)
                .isGreaterThanOrEqualTo(cooperative.get("loop_done_ms") * 8 / 10);

        // the presets claim the same
        int loopTicks = 100 * Tick.PER_MILLI;
        assertThat(sleeperWait(Preset.TIGHT_LOOP_GO114)).isLessThan(loopTicks / 3);
        assertThat(sleeperWait(Preset.TIGHT_LOOP_GO113)).isGreaterThanOrEqualTo(loopTicks * 8 / 10);
    }

    @Test
    void aBlockingSyscallDoesNotStopOthersAndHoldsAThread() throws Exception {
        Run probeRun = run(List.of(probe.toString(), "blocking-syscall"), Map.of("GODEBUG", "schedtrace=10"));
        Map<String, Long> real = values(probeRun);
        int gomaxprocs = 1;
        long readers = real.get("readers");

        // the real runtime: a goroutine ran on the only P while readers were blocked in read(2), and each
        // blocked reader kept an OS thread (readers + the M running the P + sysmon)
        assertThat(real.get("worker_ran_while_blocked")).as("%s", real).isEqualTo(1L);
        assertThat(real.get("threads")).as("%s", real).isGreaterThanOrEqualTo(readers + 2);
        Matcher sched = SCHED_THREADS.matcher(probeRun.output);
        long maxThreads = 0;
        while (sched.find()) {
            maxThreads = Math.max(maxThreads, Long.parseLong(sched.group(1)));
        }
        assertThat(maxThreads).as("schedtrace:%n%s", probeRun.output).isGreaterThan(gomaxprocs + 1);

        // the preset claims the same: handoff to a new M, the others finish before the syscall returns
        GmpRun model = GmpSimulation.run(Preset.BLOCKING_SYSCALL.input());
        GmpEvent exit = model.events().stream().filter(e -> e.kind() == EventKind.SYSCALL_EXIT).findFirst().orElseThrow();
        assertThat(Preset.BLOCKING_SYSCALL.gomaxprocs()).isEqualTo(gomaxprocs);
        assertThat(model.count(EventKind.HANDOFF)).isPositive();
        assertThat(model.summary().threads()).isGreaterThan(gomaxprocs);
        assertThat(model.goroutines()).filteredOn(g -> g.id() != exit.g()).allMatch(g -> g.finished() < exit.tick());
    }

    private static int sleeperWait(Preset preset) {
        return GmpSimulation.run(preset.input()).goroutines().stream().filter(g -> g.line() == 3).findFirst()
                .orElseThrow().longestWait();
    }

    private static Map<String, Long> values(Run run) {
        assertThat(run.exit).as("schedprobe:%n%s", run.output).isZero();
        Map<String, Long> values = new HashMap<>();
        for (String line : run.output.split("\n")) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2 && kv[0].matches("[a-z_]+") && !line.startsWith("SCHED")) {
                values.put(kv[0], kv[1].equals("true") ? 1L : kv[1].equals("false") ? 0L : Long.parseLong(kv[1].strip()));
            }
        }
        return values;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(-1, output);
        }
        return new Run(process.exitValue(), output);
    }

    private static int goMinorVersion() {
        try {
            Run version = run(List.of("go", "env", "GOVERSION"), Map.of());
            Matcher m = GO_VERSION.matcher(version.output);
            return version.exit == 0 && m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0; // no go on the PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
