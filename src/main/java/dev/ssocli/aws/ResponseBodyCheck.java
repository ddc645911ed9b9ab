package dev.ssocli.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Reads a successful answer's body the way botocore's parsers do before the SDK unmarshals it, so a proxy's HTML
 * page, an empty body or a cut-off document never turns into a half-empty result (docs/wire-protocols.md):
 * <ul>
 * <li>restJson (SSO OIDC, SSO portal): a body that is not one JSON object parses as {@code {}}, as botocore's
 * {@code _parse_body_as_json} does; the callers' {@link ResponseKeys} checks then fail on the missing member.</li>
 * <li>any protocol: a body shorter than its {@code Content-Length} is a connection closed too early.</li>
 * <li>awsQuery (STS): an empty or non-XML body fails with botocore's {@code Unable to parse response ... invalid XML
 * received} and a document without {@code <OpResult>} with its {@code KeyError} ({@code 'GetCallerIdentityResult'}).
 * </li>
 * </ul>
 */
final class ResponseBodyCheck implements ExecutionInterceptor {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final boolean query;

    private ResponseBodyCheck(boolean query) {
        this.query = query;
    }

    static ResponseBodyCheck restJson() {
        return new ResponseBodyCheck(false);
    }

    static ResponseBodyCheck awsQuery() {
        return new ResponseBodyCheck(true);
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        if (!context.httpResponse().isSuccessful()) {
            return context.responseBody();
        }
        byte[] body = readAll(context.responseBody());
        Optional<String> declared = context.httpResponse().firstMatchingHeader("Content-Length");
        if (declared.isPresent() && isShort(body, declared.get())) {
            // urllib3 enforces Content-Length (IncompleteRead): a cut-off answer is a broken connection, not data
            throw SdkClientException.builder().message("Premature end of the response body")
                    .cause(new IOException("premature end of body: " + body.length + " of " + declared.get()
                            + " bytes")).build();
        }
        if (query) {
            checkQueryDocument(body, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            return Optional.of(new ByteArrayInputStream(body));
        }
        return Optional.of(new ByteArrayInputStream(body.length == 0 || isJsonObject(body) ? body : EMPTY_OBJECT));
    }

    private static byte[] readAll(Optional<InputStream> stream) {
        if (stream.isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = stream.get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isShort(byte[] body, String contentLength) {
        try {
            return body.length < Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isJsonObject(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkQueryDocument(byte[] body, String operation) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw invalid("Unable to parse response (no element found: line 1, column 0), invalid XML received. "
                    + "Further retries may succeed:\nb''");
        }
        if (!text.startsWith("<")) {
            throw invalid("Unable to parse response (syntax error: line 1, column 0), invalid XML received. "
                    + "Further retries may succeed:\n" + PythonBytes.repr(body));
        }
        if (operation != null && !text.contains("<" + operation + "Result")) {
            throw invalid("'" + operation + "Result'");
        }
    }

    private static SdkClientException invalid(String message) {
        return SdkClientException.builder().message(message).cause(new InvalidResponseException(message)).build();
    }

    /** Marks a failure as "the answer could not be used", so {@link SdkCalls} shows its message as it is. */
    static final class InvalidResponseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidResponseException(String message) {
            super(message, null, false, false);
        }
    }

    /** Python's {@code repr} of a {@code bytes} value, as botocore puts the body in its parse error. */
    static final class PythonBytes {
        private PythonBytes() {
        }

        static String repr(byte[] bytes) {
            boolean single = false;
            boolean dbl = false;
            for (byte b : bytes) {
                single |= b == '\'';
                dbl |= b == '"';
            }
            char quote = single && !dbl ? '"' : '\'';
            StringBuilder out = new StringBuilder("b").append(quote);
            for (byte b : bytes) {
                int c = b & 0xff;
                if (c == quote || c == '\\') {
                    out.append('\\').append((char) c);
                } else if (c == '\t') {
                    out.append("\\t");
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c < 0x20 || c >= 0x7f) {
                    out.append(String.format("\\x%02x", c));
                } else {
                    out.append((char) c);
                }
            }
            return out.append(quote).toString();
        }
    }
}
