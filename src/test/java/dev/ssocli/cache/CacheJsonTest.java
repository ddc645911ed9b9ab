package dev.ssocli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheJsonTest {

    @Test
    void readsBotocoreAndJavaSdkStylesAlike() {
        String botocore = "{\"accessToken\": \"a\", \"expiresAt\": \"2025-01-31T17:04:05Z\", \"n\": 3, \"l\": [\"x\"]}";
        String sdk = "{\"accessToken\":\"a\",\"expiresAt\":\"2025-01-31T17:04:05Z\",\"n\":3,\"l\":[\"x\"]}";
        assertThat(CacheJson.parseObject(botocore.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(CacheJson.parseObject(sdk.getBytes(StandardCharsets.UTF_8)));
        assertThat(CacheJson.parseObject(sdk.getBytes(StandardCharsets.UTF_8)).orElseThrow().get("l"))
                .isEqualTo(List.of("x"));
    }

    @Test
    void truncatedOrNonObjectInputIsUnparseable() {
        assertThat(CacheJson.parseObject("{\"accessToken\": \"a\", \"exp".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CacheJson.parseObject("[1]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CacheJson.parseObject("{} {}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CacheJson.parseObject(new byte[0])).isEmpty();
    }
}
