package dev.ssocli.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code urllib.parse.urlparse}'s split; the expected parts were recorded from Python 3.11 on the same texts. */
class PythonUrlTest {
    @Test
    void splitsAsPythonDoes() {
        String[][] table = {
            // url, scheme, netloc, path, params, query, fragment
            {"notaurl", "", "", "notaurl", "", "", ""},
            {"http://h/", "http", "h", "/", "", "", ""},
            {"HTTPS://H:8443/p;x?q#f", "https", "H:8443", "/p", "x", "q", "f"},
            {"1http://h", "", "", "1http://h", "", "", ""},
            {"a+b.c-d:rest", "a+b.c-d", "", "rest", "", "", ""},
            {"h:", "h", "", "", "", "", ""},
            {"://h", "", "", "://h", "", "", ""},
            {"mailto:x@y", "mailto", "", "x@y", "", "", ""},
            {"localhost:8080", "localhost", "", "8080", "", "", ""},
            {"[::1]", "", "", "[::1]", "", "", ""},
        };
        for (String[] row : table) {
            assertThat(PythonUrl.parse(row[0])).as(row[0])
                    .isEqualTo(new PythonUrl(row[1], row[2], row[3], row[4], row[5], row[6]));
        }
    }
}
