package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Plays the applications' calls of a preset with real sockets on 127.0.0.1 and reads the kernel's
 * TCP states with {@code ss}; after each phase of the script (opening and exchange, the first
 * close, the other side's close) both endpoints must be in the states the simulation has at that
 * point. Transient states (SYN_SENT, FIN_WAIT_1, LAST_ACK) pass too quickly on loopback to be seen,
 * and TIME_WAIT's 60 s and FIN_WAIT_2's tcp_fin_timeout are not waited for: each checkpoint is
 * taken 1 s of virtual time after the phase's last call, long before either timer ends.
 */
class LinuxKernelComparisonTest {

    private static final long SETTLE_VIRTUAL_MS = 1_000;
    private static final long POLL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @BeforeAll
    static void requireLinuxAndSs() {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "Not Linux: the comparison with the Linux kernel's TCP states is skipped.");
        assumeTrue(ssWorks(), "`ss` (iproute2) cannot be run here: the comparison with the kernel's TCP states is skipped.");
    }

    private static boolean ssWorks() {
        try {
            Process process = new ProcessBuilder("ss", "-V").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Stream<Arguments> comparedScenarios() {
        Stream<Arguments> presets = Stream.of(TcpPreset.NORMAL_CLOSE, TcpPreset.SERVER_CLOSES_FIRST,
                TcpPreset.CLOSE_WAIT_LEAK, TcpPreset.RST_ABORT, TcpPreset.CONNECTION_REFUSED, TcpPreset.HALF_CLOSE)
                .map(preset -> Arguments.of(preset.key(), preset.scenario()));
        // close() with the response still unread: RST rather than FIN (RFC 2525 §2.17)
        TcpSettings unread = TcpSettings.ofPreset("normal-close").with(s -> s.closeMode("close-unread"));
        return Stream.concat(presets, Stream.of(Arguments.of("close with unread data",
                ((TcpSettings.Resolved) unread.resolve()).scenario())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparedScenarios")
    void kernelGoesThroughTheSimulatedStates(String name, TcpScenario scenario) throws Exception {
        TcpRun run = TcpSimulation.run(scenario);
        try (RealConnection real = new RealConnection()) {
            List<List<TcpEvent>> phases = phases(run);
            for (int i = 0; i < phases.size(); i++) {
                for (TcpEvent call : phases.get(i)) {
                    real.perform(call, run.scenario());
                }
                long checkpoint = i + 1 < phases.size() ? phases.get(i + 1).get(0).time() - 1
                        : phases.get(i).get(phases.get(i).size() - 1).time() + SETTLE_VIRTUAL_MS;
                Map<Side, TcpState> expected = run.statesAt(checkpoint);
                assertThat(real.awaitStates(expected)).as("%s after phase %d (simulated time %d ms)", name, i + 1, checkpoint)
                        .isEqualTo(expected);
            }
            if (scenario.closeMode() == CloseMode.ABORT
                    && run.summary().endpoint(Side.SERVER).notices().contains(AppNotice.CONNECTION_RESET)) {
                // the simulation tells the server's application "connection reset"; so must the kernel. (Not checked
                // for close() with unread data: java.net's close() first shuts the output down unless SO_LINGER is 0,
                // so a FIN precedes the kernel's RST and the peer reads end-of-stream before the error. The states
                // above still show the reset: without it the client would sit in FIN_WAIT_2 and the server in CLOSE_WAIT.)
                assertThatThrownBy(() -> real.server.getInputStream().read()).isInstanceOf(SocketException.class)
                        .hasMessageContaining("reset");
            }
        }
    }

    /** The application calls, split where a close starts a new phase of the conversation. */
    private static List<List<TcpEvent>> phases(TcpRun run) {
        List<List<TcpEvent>> phases = new ArrayList<>();
        for (TcpEvent event : run.events()) {
            if (event.reason() == null) {
                continue;
            }
            boolean closing = event.reason() == CallReason.FIRST_CLOSE || event.reason() == CallReason.CLOSE_AFTER_END_OF_STREAM;
            boolean sameTimeAsPrevious = !phases.isEmpty() && lastOf(phases).get(0).time() == event.time();
            if (phases.isEmpty() || closing && !sameTimeAsPrevious) {
                phases.add(new ArrayList<>());
            }
            lastOf(phases).add(event);
        }
        return phases;
    }

    private static <T> T lastOf(List<T> list) {
        return list.get(list.size() - 1);
    }

    /** The two applications of a preset, played with java.net sockets. */
    private static final class RealConnection implements AutoCloseable {

        private final Socket client = new Socket();
        private ServerSocket listener;
        private Socket server;
        private int serverPort;

        RealConnection() throws IOException {
            client.bind(new InetSocketAddress(LOOPBACK, 0));
            client.setSoTimeout(3_000);
        }

        void perform(TcpEvent call, TcpScenario scenario) throws IOException {
            switch (call.reason()) {
                case LISTEN -> {
                    listener = new ServerSocket();
                    listener.bind(new InetSocketAddress(LOOPBACK, 0));
                    serverPort = listener.getLocalPort();
                }
                case CONNECT -> connect(call);
                case REQUEST -> {
                    client.getOutputStream().write(new byte[(int) scenario.requestBytes()]);
                    assertThat(server.getInputStream().readNBytes((int) scenario.requestBytes())).hasSize((int) scenario.requestBytes());
                }
                case RESPONSE -> {
                    server.getOutputStream().write(new byte[(int) scenario.responseBytes()]);
                    if (scenario.closeMode() == CloseMode.CLOSE_UNREAD && scenario.firstCloser().includes(Side.CLIENT)) {
                        awaitUnread(client, scenario.responseBytes()); // in the client's buffer, never read
                    } else {
                        assertThat(client.getInputStream().readNBytes((int) scenario.responseBytes()))
                                .hasSize((int) scenario.responseBytes());
                    }
                }
                case FIRST_CLOSE -> close(socket(call.side()), scenario.closeMode());
                case DATA_AFTER_END_OF_STREAM -> {
                    assertThat(socket(call.side()).getInputStream().read()).as("end of stream").isEqualTo(-1);
                    socket(call.side()).getOutputStream().write(new byte[(int) scenario.bytesAfterEndOfStream()]);
                    Socket reader = socket(call.side().peer());
                    assertThat(reader.getInputStream().readNBytes((int) scenario.bytesAfterEndOfStream()))
                            .as("data after the half-close").hasSize((int) scenario.bytesAfterEndOfStream());
                }
                case CLOSE_AFTER_END_OF_STREAM -> {
                    assertThat(socket(call.side()).getInputStream().read()).as("end of stream").isEqualTo(-1);
                    socket(call.side()).close();
                }
                case HOST_DOWN -> throw new IllegalArgumentException("a host cannot be unplugged from a unit test");
            }
        }

        private void connect(TcpEvent call) throws IOException {
            assertThat(call.side()).as("only the client connects in the compared presets").isEqualTo(Side.CLIENT);
            if (listener == null) {
                try (ServerSocket probe = new ServerSocket()) {
                    probe.bind(new InetSocketAddress(LOOPBACK, 0)); // a port that nothing listens on once closed
                    serverPort = probe.getLocalPort();
                }
                assertThatThrownBy(() -> client.connect(new InetSocketAddress(LOOPBACK, serverPort), 3_000))
                        .isInstanceOf(ConnectException.class).hasMessageContaining("refused");
                return;
            }
            client.connect(new InetSocketAddress(LOOPBACK, serverPort), 3_000);
            server = listener.accept();
            server.setSoTimeout(3_000);
            listener.close(); // from here on the server endpoint is the accepted connection
        }

        private static void awaitUnread(Socket socket, long bytes) throws IOException {
            long deadline = System.nanoTime() + POLL_LIMIT_NANOS;
            while (socket.getInputStream().available() < bytes && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(socket.getInputStream().available()).isEqualTo((int) bytes);
        }

        private static void close(Socket socket, CloseMode mode) throws IOException {
            switch (mode) {
                case CLOSE, CLOSE_UNREAD -> socket.close(); // the kernel decides between FIN and RST
                case SHUTDOWN -> socket.shutdownOutput();
                case ABORT -> {
                    socket.setSoLinger(true, 0); // close() now sends RST
                    socket.close();
                }
            }
        }

        private Socket socket(Side side) {
            return side == Side.CLIENT ? client : server;
        }

        /** Polls {@code ss} until both endpoints are in the expected states, or gives up and returns what it saw. */
        Map<Side, TcpState> awaitStates(Map<Side, TcpState> expected) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + POLL_LIMIT_NANOS;
            Map<Side, TcpState> observed = observe();
            while (!observed.equals(expected) && System.nanoTime() < deadline) {
                Thread.sleep(10);
                observed = observe();
            }
            return observed;
        }

        private Map<Side, TcpState> observe() throws IOException, InterruptedException {
            Map<Side, TcpState> states = new EnumMap<>(Side.class);
            states.put(Side.CLIENT, TcpState.CLOSED); // no socket at all: no TCB
            states.put(Side.SERVER, TcpState.CLOSED);
            int clientPort = client.getLocalPort();
            Process ss = new ProcessBuilder("ss", "-Htan", "state", "all",
                    "( sport = :" + clientPort + " or dport = :" + clientPort + " or sport = :" + serverPort + " )").start();
            String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor(5, TimeUnit.SECONDS);
            for (String line : output.split("\n")) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length < 5) {
                    continue;
                }
                TcpState state = fromSs(columns[0]);
                int local = port(columns[3]);
                int peer = port(columns[4]);
                if (local == clientPort && peer == serverPort) {
                    states.put(Side.CLIENT, state);
                } else if (local == serverPort && (peer == clientPort || peer == -1 && server == null)) {
                    states.put(Side.SERVER, state);
                }
            }
            return states;
        }

        /** ss prints ESTAB, SYN-RECV, FIN-WAIT-1 …; UNCONN is a socket without a connection (TCP_CLOSE). */
        private static TcpState fromSs(String name) {
            return switch (name) {
                case "ESTAB" -> TcpState.ESTABLISHED;
                case "SYN-RECV" -> TcpState.SYN_RECEIVED;
                case "UNCONN", "CLOSE" -> TcpState.CLOSED;
                default -> TcpState.valueOf(name.replace('-', '_'));
            };
        }

        private static int port(String address) {
            String port = address.substring(address.lastIndexOf(':') + 1);
            return "*".equals(port) ? -1 : Integer.parseInt(port);
        }

        @Override
        public void close() throws IOException {
            for (Socket socket : new Socket[]{client, server}) {
                if (socket != null && !socket.isClosed()) {
                    try {
                        socket.setSoLinger(true, 0); // leave no TIME_WAIT or CLOSE_WAIT behind the test
                    } catch (SocketException implementationAlreadyClosed) {
                        // a refused connect() closes the socket's implementation but not the Socket
                    }
                    socket.close();
                }
            }
            if (listener != null) {
                listener.close();
            }
        }
    }

}
