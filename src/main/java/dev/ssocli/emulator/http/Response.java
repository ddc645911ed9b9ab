package dev.ssocli.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response to send: status, headers and body. */
public final class Response {
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;

    private Response(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    /** A restJson1 body (AWS sends {@code application/json} from the SSO endpoints). */
    public static Response json(int status, Object value) {
        return new Response(status, "application/json", Json.write(value).getBytes(StandardCharsets.UTF_8));
    }

    public static Response xml(int status, String xml) {
        return new Response(status, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Response html(int status, String html) {
        return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Exactly this status, content type (null: none) and body, for injected faults. */
    public static Response raw(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body.clone());
    }

    public static Response redirect(String location) {
        return new Response(302, null, new byte[0]).header("Location", location).header("Cache-Control", "no-store");
    }

    /** A response without a body (e.g. sso:Logout answers 200 with nothing). */
    public static Response empty(int status) {
        return new Response(status, null, new byte[0]);
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
