package dev.ssocli.sso;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The OAuth redirect target of the authorization-code flow (docs/wire-protocols.md#authorization-code-flow-with-pkce):
 * listens on {@code 127.0.0.1} only (the CLI binds every interface) on an ephemeral port, answers every GET with the
 * result page, and completes when a request carries {@code error}, or both {@code code} and {@code state}; anything
 * else (a favicon) keeps it waiting. Requests are served one at a time, each given 10 seconds, like Python's {@code
 * HTTPServer.handle_request}.
 */
final class LoopbackCallbackServer implements AutoCloseable {
    private static final int REQUEST_TIMEOUT_MILLIS = 10_000;
    /** Python's {@code http.server}: a request or header line longer than 65,536 bytes is refused. */
    private static final int MAX_LINE = 65_536;
    /** Python's {@code http.client._MAXHEADERS}. */
    private static final int MAX_HEADERS = 100;
    /** How much of a refused request is read and dropped before the connection is closed. */
    private static final int DRAIN_LIMIT = 1 << 20;
    private static final long CLOSE_WAIT_MILLIS = 2000;

    private final ServerSocket socket;
    private final CompletableFuture<Callback> result = new CompletableFuture<>();
    private final Thread acceptor;
    private volatile Socket current;

    /** What the browser brought back: a code and state, or an error. */
    record Callback(String code, String state, String error) {
        boolean failed() {
            return error != null;
        }

        @Override
        public String toString() {
            return failed() ? "Callback[error=" + error + "]" : "Callback[code received]";
        }
    }

    LoopbackCallbackServer() throws IOException {
        this(0);
    }

    /** A server on {@code port} of 127.0.0.1, or on an ephemeral port for 0. */
    LoopbackCallbackServer(int port) throws IOException {
        socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(this::serve, "sso-oauth-callback");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The address and port the listener is bound to. */
    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Whether the listener has released its port. */
    boolean isClosed() {
        return socket.isClosed();
    }

    /** Completes with the first request that carries a result. */
    CompletableFuture<Callback> result() {
        return result;
    }

    private void serve() {
        while (!socket.isClosed() && !result.isDone()) {
            try (Socket client = socket.accept()) {
                current = client;
                client.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
                handle(client);
            } catch (SocketException e) {
                if (socket.isClosed()) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                // a broken or slow request is dropped; the next one may still carry the code
            }
        }
    }

    private void handle(Socket client) throws IOException {
        InputStream in = new java.io.BufferedInputStream(client.getInputStream());
        long deadline = System.nanoTime() + REQUEST_TIMEOUT_MILLIS * 1_000_000L;
        String requestLine = readLine(in, client, deadline);
        if (requestLine == null) {
            return;
        }
        if (requestLine.length() > MAX_LINE) {
            refuse(client, "414 Request-URI Too Long");
            return;
        }
        for (int headers = 0; ; headers++) {
            String header = readLine(in, client, deadline);
            if (header == null || header.isEmpty()) {
                break;
            }
            if (header.length() > MAX_LINE) {
                refuse(client, "431 Line too long");
                return;
            }
            if (headers == MAX_HEADERS) {
                refuse(client, "431 Too many headers");
                return;
            }
        }
        String[] parts = requestLine.split(" ");
        OutputStream out = client.getOutputStream();
        if (parts.length < 2 || !parts[0].equals("GET")) {
            out.write(("HTTP/1.0 501 Unsupported method\r\nServer: aws-sso-java\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return;
        }
        Map<String, String> query = query(parts[1]);
        String error = query.get("error");
        byte[] page = CallbackPage.render(error).getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.0 200 OK\r\nServer: aws-sso-java\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + page.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(page);
        out.flush();
        if (error != null) {
            result.complete(new Callback(null, null, error));
        } else if (query.containsKey("code") && query.containsKey("state")) {
            result.complete(new Callback(query.get("code"), query.get("state"), null));
        }
    }

    /**
     * One line without its CRLF, at most {@link #MAX_LINE} + 1 bytes read (a longer line comes back that long, to
     * be refused, and the rest is never read), or null at end of input. The whole request shares one deadline, so
     * a client dripping a byte at a time cannot hold the only handler.
     */
    private static String readLine(InputStream in, Socket client, long deadline) throws IOException {
        StringBuilder line = new StringBuilder();
        while (line.length() <= MAX_LINE) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                throw new java.net.SocketTimeoutException("request took too long");
            }
            client.setSoTimeout((int) Math.min(left, REQUEST_TIMEOUT_MILLIS));
            int b = in.read();
            if (b < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
        return line.toString();
    }

    private static void refuse(Socket client, String status) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.0 " + status + "\r\nServer: aws-sso-java\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        // Closing with unread bytes would reset the connection and could destroy the answer before the client
        // reads it: end our side, then read (and drop) a little of what is still coming.
        client.shutdownOutput();
        client.setSoTimeout(200);
        InputStream in = client.getInputStream();
        byte[] sink = new byte[8192];
        try {
            for (int read = 0; read < DRAIN_LIMIT; ) {
                int n = in.read(sink);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException e) {
            // slow or gone: either way we are done with it
        }
    }

    /** Python's {@code parse_qs}: the first value of each name, blank values dropped. */
    static Map<String, String> query(String target) {
        Map<String, String> values = new HashMap<>();
        int mark = target.indexOf('?');
        if (mark < 0) {
            return values;
        }
        String raw = target.substring(mark + 1);
        int hash = raw.indexOf('#');
        if (hash >= 0) {
            raw = raw.substring(0, hash);
        }
        for (String pair : raw.split("[&;]")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                continue;
            }
            try {
                String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: Python keeps the text; ignoring the pair is the safe side here
            }
        }
        return values;
    }

    /** Stops listening and drops a request in progress; returns once the port is released. */
    @Override
    public void close() {
        closeQuietly(socket);
        Socket client = current;
        if (client != null) {
            closeQuietly(client);
        }
        try {
            acceptor.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
