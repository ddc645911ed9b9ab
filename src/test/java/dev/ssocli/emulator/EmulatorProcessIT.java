package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code bin/aws-sso-emulator} as a user runs it: prints its exports, serves, and exits 0 on SIGTERM. */
class EmulatorProcessIT {
    @Test
    @Timeout(120)
    void theLauncherPrintsExportsServesAndExitsZeroOnSigterm() throws Exception {
        Path launcher = Path.of(System.getProperty("project.basedir"), "bin", "aws-sso-emulator");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--approve", "auto")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                lines.add(out.readLine());
            }
            long startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.println("aws-sso-emulator printed its exports after " + startupMillis + " ms");
            assertThat(lines.get(0)).matches("export AWS_ENDPOINT_URL_SSO_OIDC=http://127\\.0\\.0\\.1:\\d+");
            String endpoint = lines.get(0).substring(lines.get(0).indexOf('=') + 1);
            assertThat(lines).containsExactly("export AWS_ENDPOINT_URL_SSO_OIDC=" + endpoint,
                    "export AWS_ENDPOINT_URL_SSO=" + endpoint, "export AWS_ENDPOINT_URL_STS=" + endpoint,
                    "# sso_start_url=https://d-0000000000.awsapps.com/start sso_region=us-east-1");

            HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(endpoint + "/_emulator/info")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);

            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
    }
}
