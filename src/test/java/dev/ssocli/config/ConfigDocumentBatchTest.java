package dev.ssocli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A batch of section edits gives the same bytes as the same edits one at a time. */
class ConfigDocumentBatchTest {
    private static final String FILE = "# top\r\n[default]\r\nregion = us-east-1\r\n[profile gone]\r\nsso_session = s\r\n"
            + "; about b\r\n[profile b]\r\noutput = json";

    private static Map<String, Object> values(String... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return values;
    }

    @Test
    void batchEqualsOneEditAfterTheOther() {
        Map<String, Map<String, Object>> batch = new LinkedHashMap<>();
        batch.put("profile new one", values("region", "eu-west-1"));
        batch.put("profile b", values("region", "eu-west-2", "output", "text"));
        batch.put("profile gone", null);
        batch.put("profile \"new one\"", values("output", "yaml"));
        batch.put("default", values("region", null));
        batch.put("profile c", values("sso_session", "s"));

        ConfigDocument together = ConfigDocument.parse(FILE);
        together.updateSections(batch);
        ConfigDocument apart = ConfigDocument.parse(FILE);
        batch.forEach((name, edits) -> {
            if (edits == null) {
                apart.removeSection(name);
            } else {
                apart.update(name, edits);
            }
        });

        assertThat(together.render()).isEqualTo(apart.render()).isEqualTo("# top\r\n[default]\r\n; about b\r\n"
                + "[profile b]\r\noutput = text\r\nregion = eu-west-2\r\n[profile 'new one']\r\nregion = eu-west-1\r\n"
                + "output = yaml\r\n[profile c]\r\nsso_session = s\r\n");
    }
}
