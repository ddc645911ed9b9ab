package dev.ssocli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssocli.cli.ErrorReport;
import dev.ssocli.cli.ExitCodes;
import dev.ssocli.errors.CliException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds the response models captured from the reference AWS CLI 2.36.12 (src/test/golden-capture/capture.py) through
 * our printer and paginator and compares stdout byte for byte, plus, for the failing cases, the exit code and the
 * stderr bytes of the product's own exit-code mapping and error report.
 */
class GoldenOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    @TestFactory
    Stream<DynamicTest> outputMatchesTheRealCli() throws IOException {
        return caseNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> runCase(name)));
    }

    @Test
    void everyGoldenFileHasItsCase() throws IOException {
        Map<String, List<String>> byCase = new TreeMap<>();
        try (Stream<Path> files = Files.list(goldenDir())) {
            files.forEach(f -> {
                String file = f.getFileName().toString();
                String base = file.replaceFirst("\\.(case\\.json|out|err)$", "");
                byCase.computeIfAbsent(base, k -> new ArrayList<>()).add(file.substring(base.length()));
            });
        }
        List<String> unpaired = new ArrayList<>();
        byCase.forEach((base, kinds) -> {
            if (!kinds.contains(".case.json") || !kinds.contains(".out")) {
                unpaired.add(base + " " + kinds);
            }
        });
        assertThat(unpaired).as("golden files without their pair").isEmpty();
        assertThat(byCase).hasSizeGreaterThan(200);
    }

    private static Path goldenDir() {
        try {
            return Path.of(GoldenOutputTest.class.getResource("/golden/output").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> caseNames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(goldenDir())) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".case.json"))
                    .forEach(f -> names.add(f.substring(0, f.length() - ".case.json".length())));
        }
        return new ArrayList<>(names);
    }

    @SuppressWarnings("unchecked")
    private static void runCase(String name) throws IOException {
        Path dir = goldenDir();
        Map<String, Object> c = (Map<String, Object>) normalize(
                JSON.readValue(dir.resolve(name + ".case.json").toFile(), Object.class));
        byte[] expectedOut = Files.readAllBytes(dir.resolve(name + ".out"));
        Path errFile = dir.resolve(name + ".err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
        int expectedExit = ((Number) c.get("exitCode")).intValue();

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        List<Map<String, Object>> requests = new ArrayList<>();
        Path pagerOutput = Files.createTempFile("golden-pager", ".out");
        int exit = 0;
        StringBuilder err = new StringBuilder();
        try {
            Map<String, String> env = (Map<String, String>) c.get("env");
            boolean terminal = (Boolean) c.get("stdoutIsTerminal");
            int width = ((Number) c.get("terminalWidth")).intValue();
            OutputSettings settings = OutputSettings.resolve((String) c.get("output"), env.get("AWS_DEFAULT_OUTPUT"),
                    (String) c.get("profileOutput"), (String) c.get("query"), (String) c.get("color"), terminal,
                    () -> width);
            Map<String, String> pagerEnvironment = new LinkedHashMap<>();
            pagerEnvironment.put("PATH", "/usr/bin:/bin");
            pagerEnvironment.putAll(env);
            Pager pager = Pager.resolve(pagerEnvironment, (String) c.get("profileCliPager"),
                    (Boolean) c.get("noCliPager"), terminal).withOutput(ProcessBuilder.Redirect.to(pagerOutput.toFile()));
            ResponsePrinter printer = new ResponsePrinter(settings, out, pager);
            String operation = (String) c.get("operation");
            if (c.containsKey("service")) {
                Map<String, Object> service = (Map<String, Object>) c.get("service");
                Map<String, Object> paging = (Map<String, Object>) c.get("pagination");
                PaginationArgs args = PaginationArgs.parse((String) paging.get("maxItems"),
                        (String) paging.get("startingToken"), (String) paging.get("pageSize"),
                        (Boolean) paging.get("noPaginate"));
                if (args.warning() != null) {
                    err.append(args.warning());
                }
                String resultKey = (String) service.get("resultKey");
                CliPaginator.printPaginated(operation, List.of(resultKey), "nextToken", "nextToken",
                        (token, pageSize) -> {
                            Map<String, Object> request = new LinkedHashMap<>();
                            request.put("nextToken", token);
                            request.put("maxResults", pageSize == null ? null : (long) pageSize);
                            requests.add(request);
                            return servicePage(service, token, pageSize);
                        }, args, printer);
            } else {
                printer.print(operation, (Map<String, Object>) c.get("response"));
            }
        } catch (CliException e) {
            exit = ExitCodes.of(e);
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            ErrorReport.print(e, ErrorReport.ENHANCED, (String) c.get("color"), out,
                    new PrintStream(stderr, true, StandardCharsets.UTF_8));
            err.append(stderr.toString(StandardCharsets.UTF_8));
        }
        out.flush();
        String context = name + ": " + c.get("description");
        assertThat(exit).as(context + " exit code").isEqualTo(expectedExit);
        // colorama resets the colour of stderr at exit once colour is on: that is the process's, not the report's.
        assertThat(err.toString()).as(context + " stderr").isEqualTo(expectedErr.replace("\u001b[0m", ""));
        if (c.containsKey("expectedRequests")) {
            assertThat(requests).as(context + " service calls").isEqualTo(c.get("expectedRequests"));
        }
        // On the terminal the pager's output comes first; the printer's own writes (colorama's exit reset) follow.
        ByteArrayOutputStream combined = new ByteArrayOutputStream();
        combined.write(Files.readAllBytes(pagerOutput));
        combined.write(stdout.toByteArray());
        Files.delete(pagerOutput);
        String expected = new String(expectedOut, StandardCharsets.UTF_8);
        String actual = combined.toString(StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(context + "\n--- expected\n" + visible(expected) + "\n--- actual\n" + visible(actual));
        }
        assertThat(combined.toByteArray()).as(context).isEqualTo(expectedOut);
    }

    /** The stub portal of capture.py: page tokens are "page-" plus the offset of the next item. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> servicePage(Map<String, Object> service, String token, Integer pageSize) {
        List<Object> items = (List<Object>) service.get("items");
        Map<String, Object> page = new LinkedHashMap<>();
        if (items == null) {
            return page;
        }
        String prefix = (String) service.get("tokenPrefix");
        int start = token == null ? 0 : Integer.parseInt(token.substring(prefix.length()));
        int size = pageSize != null ? pageSize : ((Number) service.get("defaultPageSize")).intValue();
        int end = Math.min(items.size(), start + size);
        if (start + size < items.size()) {
            page.put("nextToken", prefix + (start + size));
        }
        page.put((String) service.get("resultKey"), new ArrayList<>(items.subList(Math.min(start, end), end)));
        return page;
    }

    /** Jackson reads small integers as BigInteger here; the model uses Long for those. */
    static Object normalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, normalize(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(normalize(v)));
            return copy;
        }
        if (value instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        if (value instanceof Integer i) {
            return (long) i;
        }
        return value;
    }

    private static String visible(String s) {
        return s.replace("\u001b", "\\e").replace("\t", "\\t");
    }
}
