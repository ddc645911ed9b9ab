package dev.ssocli.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON over plain maps, lists, strings, numbers and booleans, with Jackson: objects are read into insertion-ordered
 * maps, integers into {@code Long}, other numbers into {@code Double}; values are written compactly with non-ASCII
 * characters as they are (UTF-8 on the wire). The emulator is a long-running server, so Jackson's start-up cost does
 * not matter; it shares no code with the product, only the library.
 */
public final class Json {
    /** Deeper documents are refused: no request of the protocols nests more than a few levels. */
    private static final int MAX_DEPTH = 64;

    private static final JsonMapper MAPPER = mapper();

    private Json() {
    }

    private static JsonMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_LONG_FOR_INTS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .build());
        return mapper;
    }

    /** Parses one JSON value; throws {@link IllegalArgumentException} saying what is wrong and where. */
    public static Object parse(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("unexpected end of input: no JSON value");
        }
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + location(e), e);
        }
    }

    /** Serialises a value compactly. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON value: " + e.getOriginalMessage(), e);
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at offset " + e.getLocation().getCharOffset();
    }
}
