package dev.ssocli.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** botocore's {@code is_valid_endpoint_url}; the answers were recorded from it (Python 3.11) on the same texts. */
class SsoSessionRulesTest {
    @Test
    void endpointUrlsAreJudgedAsBotocoreJudgesThem() {
        Object[][] table = {
            {"https://a.b/start", true}, {"  https://a.b", true}, {"https://a[b]/", false}, {"//h/x", true},
            {"https://user@H.EXAMPLE:99/x", true}, {"https://[::1]/", false}, {"https://-a.b/", false},
            {"https://a..b/", false}, {"https:///x", false}, {"foo", false},
        };
        for (Object[] row : table) {
            assertThat(SsoSessionRules.isValidEndpointUrl((String) row[0])).as((String) row[0]).isEqualTo(row[1]);
        }
    }
}
