package dev.interviewlab.web;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers that never reach a controller — refused by Spring Security's request firewall, or by the
 * request-size limit — still carry the security headers and are the site's own error page, or a
 * problem detail under {@code /api/}. Raw HTTP over a socket, so no client tidies the request up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@DatabaseTest
class EveryAnswerTest {

    private static final int FOUR_MEGABYTES = 4 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aDoubleSlashIsA400PageWithTheHeaders() throws Exception {
        RawAnswer answer = send("GET //x HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n", null);
        assertThat(answer.status()).isEqualTo(400);
        assertSecurityHeaders(answer);
        assertThat(answer.body()).contains("class=\"site-header\"").contains("status 400");
    }

    @Test
    void aSemicolonInThePathIsA400PageWithTheHeaders() throws Exception {
        RawAnswer answer = send("GET /topics;x=1 HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n", null);
        assertThat(answer.status()).isEqualTo(400);
        assertSecurityHeaders(answer);
        assertThat(answer.body()).contains("class=\"site-header\"");
    }

    @Test
    void aRefusedApiPathIsA400ProblemWithTheHeaders() throws Exception {
        RawAnswer answer = send("GET /api//topics HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Accept-Language: zh\r\nConnection: close\r\n\r\n", null);
        assertThat(answer.status()).isEqualTo(400);
        assertSecurityHeaders(answer);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":400").contains("请求无法处理").doesNotContain("\"timestamp\"");
    }

    @Test
    void anUnknownApiAddressIsA404Problem() throws Exception {
        RawAnswer answer = send("GET /api/no-such-thing HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n", null);
        assertThat(answer.status()).isEqualTo(404);
        assertSecurityHeaders(answer);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":404");
    }

    @Test
    void aFormPostOver3MegabytesIsThe413PageWithTheHeadersAndNoStackTrace(CapturedOutput output) throws Exception {
        byte[] body = new byte[FOUR_MEGABYTES];
        Arrays.fill(body, (byte) 'a');
        RawAnswer answer = send("POST /register HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n", body);
        assertThat(answer.status()).isEqualTo(413);
        assertSecurityHeaders(answer);
        assertThat(answer.body()).contains("class=\"site-header\"").contains("Request too large");
        assertThat(output.getAll()).doesNotContain("Exception");
    }

    @Test
    void aChunkedFormPostOver3MegabytesIsAlsoThe413Page(CapturedOutput output) throws Exception {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int sent = 0; sent < FOUR_MEGABYTES; sent += chunk.length) {
            chunked.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(chunk);
            chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawAnswer answer = send("POST /register HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked"
                + "\r\nConnection: close\r\n\r\n", chunked.toByteArray());
        assertThat(answer.status()).isEqualTo(413);
        assertSecurityHeaders(answer);
        assertThat(answer.body()).contains("class=\"site-header\"").contains("Request too large");
        assertThat(output.getAll()).doesNotContain("Exception");
    }

    @Test
    void anApiBodyOverTheLimitIsA413ProblemWithTheHeaders() throws Exception {
        byte[] body = new byte[1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        RawAnswer answer = send("POST /api/simulations/tcp HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
        assertThat(answer.status()).isEqualTo(413);
        assertSecurityHeaders(answer);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    private static void assertSecurityHeaders(RawAnswer answer) {
        assertThat(answer.header("Content-Security-Policy")).as(answer.head()).startsWith("default-src 'self';")
                .contains("frame-ancestors 'none'");
        assertThat(answer.header("X-Frame-Options")).as(answer.head()).isEqualTo("DENY");
        assertThat(answer.header("X-Content-Type-Options")).as(answer.head()).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(answer.head()).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.head().toLowerCase(Locale.ROOT).split("\r\n"))
                .as("each header once").filteredOn(line -> line.startsWith("x-frame-options:")).hasSize(1);
    }

    private RawAnswer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // the server may answer and close before reading the whole body; its answer is what counts
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            return RawAnswer.of(in.readAllBytes());
        }
    }

    private record RawAnswer(String head, String body) {

        static RawAnswer of(byte[] raw) {
            int end = indexOf(raw, 0, "\r\n\r\n");
            String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
            byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
            RawAnswer headOnly = new RawAnswer(head, "");
            if (headOnly.header("Transfer-Encoding").equalsIgnoreCase("chunked")) {
                body = dechunk(body);
            }
            return new RawAnswer(head, new String(body, StandardCharsets.UTF_8));
        }

        int status() {
            return Integer.parseInt(head.substring(9, 12));
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = indexOf(chunked, at, "\r\n");
                if (lineEnd < 0) {
                    return body.toByteArray();
                }
                int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
                if (size == 0 || lineEnd + 2 + size > chunked.length) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }

        private static int indexOf(byte[] bytes, int from, String text) {
            byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
            for (int i = from; i <= bytes.length - wanted.length; i++) {
                if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
