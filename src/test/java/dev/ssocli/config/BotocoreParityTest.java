package dev.ssocli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Differential test: tricky files read by our {@link AwsConfig} and by botocore (python3) give the same profiles. */
class BotocoreParityTest {
    private static final String[][] CASES = {
        {"delimiters-and-case", "[default]\nREGION : us-west-2 # not a comment\noutput=\nCli_Pager = less ; also kept\n", null},
        {"continuation", "[default]\nfoo = first\n  second\n\n  third\n# comment inside\n  fourth\nbar = x\n", null},
        {"nested", "[default]\ns3 =\n    Max_Concurrent = 20\n\n    addressing_style=path\n\tx = a=b\nregion = r\n", null},
        {"default-order", "[default]\nregion = a\n[profile dev]\n[profile default]\noutput = b\n", null},
        {"default-order-reversed", "[profile default]\noutput = b\n[default]\nregion = a\n", null},
        {"names", "[profile \"my dev\"]\na=1\n[profile 'q r']\nb=2\n[profilefoo]\nc=3\n[profile a b]\nd=4\n"
                + "[profiles x]\ne=5\n[profile \"unbalanced]\nf=6\n[profile  spaced  ]\ng=7\n[sso-session s]\n"
                + "sso_region = us-east-1\n[sso-session \"s 2\"]\nsso_region=x\n[services local]\nsts =\n"
                + "  endpoint_url = http://127.0.0.1\n[plugins]\nh=8\n[profile]\ni=9\n", null},
        {"defaults-section", "[DEFAULT]\nregion = d\n[profile a]\noutput = json\n[profile b]\nregion = own\n", null},
        {"credentials-merge", "[profile dev]\nregion = r\naws_access_key_id = fromconfig\n[default]\n",
                "[dev]\naws_access_key_id = AK\n[credonly]\naws_secret_access_key = s\n[default]\nx = 1\n"},
        {"indented-header-is-continuation", "[profile a]\nk = v\n  [profile b]\nother = 1\n", null},
        {"indented-first-key", "[profile a]\n  k = v\nj = w\n   more\n", null},
        {"crlf-and-cr", "[profile a]\r\nk = v\r\n[profile b]\rj = w\r", null},
        {"unicode", "[profile ünï]\nkey\u00a0= v\u00a0\nk2 = caf\u00e9\n", null},
        {"comment-before-section", "# hi\n; there\n\n[default]\nregion = x\n", null},
        {"duplicate-section", "[profile a]\n[profile a]\n", null},
        {"duplicate-key", "[profile a]\nk = 1\nK = 2\n", null},
        {"key-before-section", "k = 1\n[profile a]\n", null},
        {"no-delimiter", "[profile a]\njust words\n", null},
        {"empty-key", "[profile a]\n= v\n", null},
        {"nested-without-equals", "[profile a]\ns3 =\n  nokey\n", null},
        {"bom", "\ufeff[default]\nregion = x\n", null},
        {"bad-credentials", "[default]\n", "[a]\n[a]\n"},
        {"empty-header", "[]\nk = v\n", null},
        {"unicode-space-indent", "[profile a]\nk = v\n\u00a0j = w\n", null},
    };

    @TempDir
    Path root;

    @Test
    void ourReaderAgreesWithBotocore() throws Exception {
        assumeTrue(pythonHasBotocore(), "python3 with botocore is needed for this test");
        List<String> dirs = new ArrayList<>();
        for (String[] c : CASES) {
            Path dir = root.resolve(c[0]);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("config"), c[1]);
            if (c[2] != null) {
                Files.writeString(dir.resolve("credentials"), c[2]);
            }
            dirs.add(dir.toString());
        }
        List<String> lines = python(dirs);
        assertThat(lines).hasSize(CASES.length);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < CASES.length; i++) {
            JsonNode expected = json.readTree(lines.get(i));
            Path dir = root.resolve(CASES[i][0]);
            AwsPaths paths = AwsPaths.from(new Environment(Map.of("HOME", root.toString(),
                    "AWS_CONFIG_FILE", dir.resolve("config").toString(),
                    "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString())));
            if (expected.has("error")) {
                assertThrows(ConfigParseException.class, () -> AwsConfig.load(paths), CASES[i][0]);
                continue;
            }
            AwsConfig ours = AwsConfig.load(paths);
            Map<String, Object> actual = new LinkedHashMap<>();
            actual.put("profiles", sections(ours.profileNames(), ours::profile));
            actual.put("sso_sessions", sections(ours.ssoSessionNames(), ours::ssoSession));
            actual.put("services", sections(servicesNames(expected), ours::services));
            actual.put("profile_order", ours.profileNames());
            JsonNode ourTree = json.valueToTree(actual);
            assertThat(ourTree).as(CASES[i][0]).isEqualTo(expected);
        }
    }

    private static List<String> servicesNames(JsonNode expected) {
        List<String> names = new ArrayList<>();
        expected.get("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, Object> sections(List<String> names,
                                                java.util.function.Function<String, java.util.Optional<ConfigSection>> get) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, get.apply(name).orElseThrow().raw());
        }
        return out;
    }

    private List<String> python(List<String> dirs) throws IOException, InterruptedException {
        Path script = root.resolve("dump_config.py");
        try (InputStream in = getClass().getResourceAsStream("/botocore/dump_config.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(dirs);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        return out.lines().toList();
    }

    static boolean pythonHasBotocore() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import botocore").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void unreadableAndMissingFilesReadAsEmpty() throws IOException {
        AwsPaths paths = AwsPaths.from(new Environment(Map.of("HOME", root.toString())));
        assertThat(AwsConfig.load(paths).profileNames()).isEmpty();
        Files.createDirectories(root.resolve(".aws/config"));
        assertThat(AwsConfig.load(paths).profileNames()).isEmpty();
    }
}
