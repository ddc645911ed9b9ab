package dev.ssocli.it;

import java.util.regex.Pattern;

/**
 * What differs between two runs of the same command line and is masked before ours and the reference CLI's bytes
 * are compared: loopback ports, timestamps, device codes, and keys, tokens, client ids and states.
 */
final class VolatileText {
    private static final Pattern ISO_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\b1\\d{12}\\b");
    private static final Pattern LOOPBACK_PORT = Pattern.compile("127\\.0\\.0\\.1(:|%3A)\\d+");
    private static final Pattern DEVICE_CODE = Pattern.compile("\\b[A-Z]{4}-[A-Z]{4}\\b");
    /** {@code configure list}'s masked keys end in the key's last four characters. */
    private static final Pattern MASKED_KEY = Pattern.compile("\\*{16}[A-Za-z0-9/+=]{4}");
    /** Keys, tokens, client ids, states: any long run of token characters holding a letter or digit. */
    private static final Pattern SECRET = Pattern.compile("(?=[A-Za-z0-9/+=_-]*[A-Za-z0-9])[A-Za-z0-9/+=_-]{20,}");

    private VolatileText() {
    }

    static String mask(String text) {
        String masked = LOOPBACK_PORT.matcher(text).replaceAll("127.0.0.1$1{port}");
        masked = ISO_TIME.matcher(masked).replaceAll("{time}");
        masked = EPOCH_MILLIS.matcher(masked).replaceAll("{epoch}");
        masked = DEVICE_CODE.matcher(masked).replaceAll("{code}");
        masked = MASKED_KEY.matcher(masked).replaceAll("{masked-key}");
        return SECRET.matcher(masked).replaceAll("{secret}");
    }
}
