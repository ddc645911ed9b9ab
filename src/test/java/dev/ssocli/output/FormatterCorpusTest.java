package dev.ssocli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssocli.errors.CliException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays the corpus of src/test/golden-capture/formatter_corpus.py: random response models run through the AWS
 * CLI's own formatter classes; each must print the same bytes here, or fail with the same message.
 */
class FormatterCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    @Test
    @SuppressWarnings("unchecked")
    void formattersMatchTheCliOnTheCorpus() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                FormatterCorpusTest.class.getResourceAsStream("/golden/formatter-corpus.jsonl"),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Map<String, Object> c =
                        (Map<String, Object>) GoldenOutputTest.normalize(JSON.readValue(line, Object.class));
                count++;
                String format = (String) c.get("format");
                boolean color = "on".equals(c.get("color"));
                Map<String, Object> model = (Map<String, Object>) c.get("model");
                StringBuilder out = new StringBuilder();
                String error = null;
                try {
                    if (format.equals("table") && color) {
                        // Not written to stdout, so colorama's autoreset is not involved.
                        TableFormat.format("DescribeThings", ResponsePrinter.withoutRequestId(model), true, 80, false,
                                out);
                    } else {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        OutputSettings settings = new OutputSettings(OutputFormat.parse(format), null, false, 80,
                                false);
                        try {
                            new ResponsePrinter(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                                    .print("DescribeThings", model);
                        } finally {
                            out.append(bytes.toString(StandardCharsets.UTF_8));
                        }
                    }
                } catch (CliException e) {
                    error = e.getMessage();
                } catch (RuntimeException e) {
                    error = "unexpected " + e;
                }
                if (!out.toString().equals(c.get("out")) || !java.util.Objects.equals(error, c.get("error"))) {
                    mismatches.add("case " + c.get("case") + " " + format + (color ? " colour" : "") + "\nmodel: "
                            + JSON.writeValueAsString(model) + "\nexpected error: " + c.get("error") + "\nactual error: "
                            + error + "\n--- expected\n" + c.get("out") + "\n--- actual\n" + out);
                }
            }
        }
        assertThat(count).isEqualTo(3600);
        assertThat(mismatches).as(mismatches.size() + " mismatches").isEmpty();
    }
}
