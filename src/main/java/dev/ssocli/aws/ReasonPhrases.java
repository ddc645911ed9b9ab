package dev.ssocli.aws;

import java.util.Map;

/** Python's {@code http.client.responses}: the reason phrase botocore shows for a generic 5xx error page. */
final class ReasonPhrases {
    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"),
            Map.entry(505, "HTTP Version Not Supported"),
            Map.entry(506, "Variant Also Negotiates"),
            Map.entry(507, "Insufficient Storage"),
            Map.entry(508, "Loop Detected"),
            Map.entry(510, "Not Extended"),
            Map.entry(511, "Network Authentication Required"));

    private ReasonPhrases() {
    }

    /** The phrase of {@code status}, or an empty string for a status Python does not name. */
    static String of(int status) {
        return PHRASES.getOrDefault(status, "");
    }
}
