package dev.ssocli.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A broken answer the emulator gives instead of the real one, for the fault tests: a raw response the services
 * would never send (an empty or HTML {@code 200}, a proxy's HTML {@code 502}, an error code no model knows), a
 * truncated body, a connection closed without an answer, or no answer at all for a while.
 *
 * @param kind what happens on the wire
 * @param status the status of a {@link Kind#RAW} or {@link Kind#TRUNCATED} answer
 * @param contentType the content type sent with the body, or null for none
 * @param body the body bytes (a {@link Kind#TRUNCATED} answer announces them all and sends half)
 * @param delay how long a {@link Kind#HANG} keeps the request open before closing it unanswered
 */
public record WireFault(Kind kind, int status, String contentType, byte[] body, Duration delay) {
    /** What the fault does to the exchange. */
    public enum Kind { RAW, TRUNCATED, RESET, HANG }

    public WireFault {
        Objects.requireNonNull(kind, "kind");
        body = body == null ? new byte[0] : body.clone();
    }

    /** This status, content type and body, exactly. */
    public static WireFault raw(int status, String contentType, String body) {
        return new WireFault(Kind.RAW, status, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    /** A {@code Content-Length} for the whole body, half of it, then the connection closed. */
    public static WireFault truncated(int status, String contentType, String body) {
        return new WireFault(Kind.TRUNCATED, status, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    /** The connection closed before any byte of an answer. */
    public static WireFault reset() {
        return new WireFault(Kind.RESET, 0, null, null, null);
    }

    /** No answer for {@code delay}, then the connection closed. */
    public static WireFault hang(Duration delay) {
        return new WireFault(Kind.HANG, 0, null, null, Objects.requireNonNull(delay, "delay"));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
