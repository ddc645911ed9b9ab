package dev.ssocli.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The emulator's JSON: the value types its handlers expect, compact output, and errors that say where. */
class JsonTest {
    @Test
    void readsEveryKindOfValue() {
        Object value = Json.parse(" {\"s\": \"a\\\"b\\\\c\\/\\n\\u00e9\\ud83d\\ude80\", \"n\": -12, \"d\": 1.5e2,"
                + " \"t\": true, \"f\": false, \"z\": null, \"l\": [1, [], {}]} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "a\"b\\c/\né🚀");
        expected.put("n", -12L);
        expected.put("d", 150.0);
        expected.put("t", true);
        expected.put("f", false);
        expected.put("z", null);
        expected.put("l", List.of(1L, List.of(), Map.of()));
        assertThat(value).isEqualTo(expected);
        List<Object> keys = List.copyOf(((Map<?, ?>) value).keySet());
        assertThat(keys).containsExactly("s", "n", "d", "t", "f", "z", "l");
    }

    @Test
    void writesCompactlyWithNonAsciiAsIs() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Größe \"q\" \\ \n\t\u0001");
        value.put("list", Arrays.asList(1, null, true));
        assertThat(Json.write(value)).isEqualTo("{\"name\":\"Größe \\\"q\\\" \\\\ \\n\\t\\u0001\","
                + "\"list\":[1,null,true]}");
        assertThat(Json.parse(Json.write(value))).isEqualTo(Map.of("name", "Größe \"q\" \\ \n\t\u0001",
                "list", Arrays.asList(1L, null, true)));
    }

    @Test
    void rejectsMalformedInputSayingWhere() {
        assertThatThrownBy(() -> Json.parse("{\"a\": }")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unexpected character ('}'").hasMessageEndingWith("at offset 6");
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} x")).hasMessageContaining("Unrecognized token 'x'");
        assertThatThrownBy(() -> Json.parse("[1,")).hasMessageContaining("end-of-input");
        assertThatThrownBy(() -> Json.parse("\"\\x\"")).hasMessageContaining("Unrecognized character escape 'x'");
        assertThatThrownBy(() -> Json.parse("[".repeat(100))).hasMessageContaining("nesting depth")
                .hasMessageContaining("64");
        assertThatThrownBy(() -> Json.parse("")).hasMessageStartingWith("unexpected end of input");
        assertThatThrownBy(() -> Json.parse("NaN")).isInstanceOf(IllegalArgumentException.class);
    }
}
