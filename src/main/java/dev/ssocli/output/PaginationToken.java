package dev.ssocli.output;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonJson;
import dev.ssocli.python.PythonJsonDecoder;
import dev.ssocli.python.PythonStrings;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's {@code NextToken} / {@code --starting-token}: botocore's {@code TokenEncoder} (base64 of
 * {@code json.dumps} of the service token plus {@code boto_truncate_amount}) and {@code TokenDecoder}, with the
 * legacy {@code token___index} form as fallback ({@code botocore/paginate.py}).
 */
final class PaginationToken {
    static final String TRUNCATE_AMOUNT = "boto_truncate_amount";

    /** A decoded starting token: the service token(s) and how many items of the first page were already seen. */
    record Start(Map<String, Object> nextToken, Object truncation) {
    }

    private PaginationToken() {
    }

    static String encode(Map<String, Object> token) {
        String json = PythonJson.DEFAULT.dumps(token);
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static Start decode(String startingToken, String inputToken) {
        Map<String, Object> decoded = tryDecode(startingToken);
        if (decoded != null) {
            Object index = 0L;
            if (decoded.containsKey(TRUNCATE_AMOUNT)) {
                index = decoded.remove(TRUNCATE_AMOUNT);
            }
            return new Start(decoded, index);
        }
        return decodeDeprecated(startingToken, inputToken);
    }

    /** base64, UTF-8 and a JSON object, or null where botocore's decoder raises ValueError or TypeError. */
    private static Map<String, Object> tryDecode(String token) {
        StringBuilder alphabet = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            // b64decode without validate=True drops characters outside the alphabet.
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                    || c == '=') {
                alphabet.append(c);
            }
        }
        if (alphabet.length() % 4 != 0) {
            // Python insists on padding ("Incorrect padding"); Java's decoder would not.
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(alphabet.toString());
            String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            Object value = PythonJsonDecoder.loads(json);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> result = new LinkedHashMap<>();
                map.forEach((k, v) -> result.put(String.valueOf(k), v));
                return result;
            }
            return null;
        } catch (IllegalArgumentException | CharacterCodingException | PythonJsonDecoder.DecodeError e) {
            return null;
        }
    }

    private static Start decodeDeprecated(String token, String inputToken) {
        List<String> parts = new ArrayList<>(List.of(token.split("___", -1)));
        Object index = 0L;
        if (parts.size() == 2) {
            BigInteger parsed = PythonStrings.parseInt(parts.get(1));
            if (parsed == null) {
                parts = List.of(token);
            } else {
                parts.remove(1);
                index = parsed.bitLength() < 64 ? (Object) parsed.longValue() : parsed;
            }
        }
        if (parts.size() > 1) {
            throw new GeneralException("Bad starting token: " + token);
        }
        Map<String, Object> next = new LinkedHashMap<>();
        next.put(inputToken, parts.get(0).equals("None") ? null : parts.get(0));
        return new Start(next, index);
    }
}
