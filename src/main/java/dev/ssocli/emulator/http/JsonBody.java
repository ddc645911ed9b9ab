package dev.ssocli.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed access to the members of a restJson1 request body, failing with the service's InvalidRequestException. */
public final class JsonBody {
    private final Map<?, ?> members;

    private JsonBody(Map<?, ?> members) {
        this.members = members;
    }

    /** Parses the body of a request; an empty body is an empty object. */
    public static JsonBody of(Request request) {
        String text = request.bodyText();
        if (text.isBlank()) {
            return new JsonBody(Map.of());
        }
        Object value;
        try {
            value = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid("Request body is not valid JSON");
        }
        if (!(value instanceof Map)) {
            throw invalid("Request body must be a JSON object");
        }
        return new JsonBody((Map<?, ?>) value);
    }

    /** A string member, or null when absent. */
    public String string(String name) {
        Object value = members.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String)) {
            throw invalid("Invalid value for " + name);
        }
        return (String) value;
    }

    /** A string member that must be present and non-empty. */
    public String required(String name) {
        String value = string(name);
        if (value == null || value.isEmpty()) {
            throw invalid(name + " is required");
        }
        return value;
    }

    /** An integer member (a JSON number or a numeric string), or null when absent. */
    public Long integer(String name) {
        Object value = members.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof String) {
            try {
                return Long.parseLong((String) value);
            } catch (NumberFormatException e) {
                throw invalid("Invalid value for " + name);
            }
        }
        throw invalid("Invalid value for " + name);
    }

    /** A list-of-strings member, or an empty list when absent. */
    public List<String> strings(String name) {
        Object value = members.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw invalid("Invalid value for " + name);
        }
        List<String> strings = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (!(item instanceof String)) {
                throw invalid("Invalid value for " + name);
            }
            strings.add((String) item);
        }
        return strings;
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, "InvalidRequestException", message);
    }
}
