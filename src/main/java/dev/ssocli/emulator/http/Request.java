package dev.ssocli.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One received HTTP request, fully read, in the shape the emulator's services need. */
public final class Request {
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private Map<String, String> query;
    private Map<String, String> form;

    /** Header names are matched case-insensitively; {@code rawQuery} may be null. */
    public Request(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
        TreeMap<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> sorted.merge(name, List.copyOf(values), (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }));
        this.headers = sorted;
        this.body = body.clone();
    }

    public String method() {
        return method;
    }

    /** The path as sent, still percent-encoded. */
    public String rawPath() {
        return rawPath;
    }

    public String path() {
        return PercentEncoding.decode(rawPath, false);
    }

    /** The query string as sent (without {@code ?}), or the empty string. */
    public String rawQuery() {
        return rawQuery == null ? "" : rawQuery;
    }

    public synchronized Map<String, String> query() {
        if (query == null) {
            query = PercentEncoding.decodeForm(rawQuery);
        }
        return query;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a header (one per occurrence), or an empty list. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** All headers, names matched case-insensitively. */
    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body decoded as {@code application/x-www-form-urlencoded}, when the content type says so. */
    public synchronized Map<String, String> form() {
        if (form == null) {
            String type = header("Content-Type");
            boolean isForm = type != null
                    && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
            form = isForm ? PercentEncoding.decodeForm(bodyText()) : Map.of();
        }
        return form;
    }
}
