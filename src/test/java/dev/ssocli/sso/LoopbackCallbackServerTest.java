package dev.ssocli.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoopbackCallbackServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void waitsThroughUnrelatedRequestsThenCompletesWithCodeAndState() throws Exception {
        try (LoopbackCallbackServer server = new LoopbackCallbackServer()) {
            HttpResponse<String> favicon = get(server.port(), "/favicon.ico");
            assertThat(favicon.statusCode()).isEqualTo(200);
            assertThat(server.result()).isNotDone();
            get(server.port(), "/oauth/callback?code=&state=s");
            assertThat(server.result()).isNotDone();
            HttpResponse<String> page = get(server.port(), "/oauth/callback?code=abc%2Bd&state=s-1");
            assertThat(page.body()).contains("Your credentials have been shared successfully");
            LoopbackCallbackServer.Callback callback = server.result().get(5, TimeUnit.SECONDS);
            assertThat(callback.code()).isEqualTo("abc+d");
            assertThat(callback.state()).isEqualTo("s-1");
            assertThat(callback.toString()).doesNotContain("abc");
        }
    }

    @Test
    void anEndlessRequestLineIsCutOffAt64KiBAndTheRealRedirectStillArrives() throws Exception {
        try (LoopbackCallbackServer server = new LoopbackCallbackServer()) {
            Thread flood = new Thread(() -> {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                    OutputStream out = socket.getOutputStream();
                    out.write("GET /".getBytes(StandardCharsets.ISO_8859_1));
                    byte[] chunk = new byte[64 * 1024];
                    Arrays.fill(chunk, (byte) 'a');
                    // 64 MiB without a line end: Python's http.server stops at 64 KiB, so must we
                    for (int i = 0; i < 1024; i++) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the server hung up after refusing the line: what should happen
                }
            });
            String status;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                OutputStream out = socket.getOutputStream();
                try {
                    out.write("GET /".getBytes(StandardCharsets.ISO_8859_1));
                    byte[] chunk = new byte[70 * 1024];
                    Arrays.fill(chunk, (byte) 'a');
                    out.write(chunk);
                    out.write(" HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // the server may answer and hang up before the rest of the line is sent
                }
                status = new String(socket.getInputStream().readNBytes(40), StandardCharsets.ISO_8859_1);
            }
            assertThat(status).startsWith("HTTP/1.0 414 ");
            flood.start();
            flood.join(20_000);
            assertThat(flood.isAlive()).isFalse();
            get(server.port(), "/oauth/callback?code=abc&state=s-1");
            assertThat(server.result().get(5, TimeUnit.SECONDS).code()).isEqualTo("abc");
        }
    }

    @Test
    void errorEndsTheWaitAndIsShownEscaped() throws Exception {
        try (LoopbackCallbackServer server = new LoopbackCallbackServer()) {
            HttpResponse<String> page = get(server.port(), "/oauth/callback?error=access_denied%3Cb%3E");
            assertThat(page.body()).contains("failed with the following error: access_denied&lt;b&gt;");
            assertThat(server.result().get(5, TimeUnit.SECONDS).failed()).isTrue();
        }
    }

    /**
     * Bound to 127.0.0.1 only, and released on close. Judged from the server's own socket, not by connecting to the
     * port number: another process may listen on the same number on another address, or take it once it is free.
     */
    @Test
    void listensOnLoopbackOnlyAndClosesThePort() throws Exception {
        LoopbackCallbackServer closed;
        try (LoopbackCallbackServer server = new LoopbackCallbackServer()) {
            assertThat(server.address().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
            assertThat(server.address().getPort()).isEqualTo(server.port()).isPositive();
            assertThat(get(server.port(), "/favicon.ico").statusCode()).isEqualTo(200);
            assertThat(server.isClosed()).isFalse();
            closed = server;
        }
        assertThat(closed.isClosed()).isTrue();
    }
}
