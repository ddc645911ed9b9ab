package dev.ssocli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileWriterSmokeTest {
    @TempDir
    Path home;

    @Test
    void createsUpdatesAndAppends() throws Exception {
        Path config = home.resolve(".aws/config");
        new ConfigFileWriter(config).update("profile dev", Map.of("region", "us-west-2"));
        assertThat(Files.readString(config)).isEqualTo("[profile dev]\nregion = us-west-2\n");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("region", "eu-west-1");
        values.put("output", "json");
        new ConfigFileWriter(config).update("profile dev", values);
        new ConfigFileWriter(config).update("sso-session s", Map.of("sso_region", "us-east-1"));
        assertThat(Files.readString(config)).isEqualTo(
                "[profile dev]\nregion = eu-west-1\noutput = json\n[sso-session s]\nsso_region = us-east-1\n");
        assertThat(Files.getPosixFilePermissions(config)).hasSize(2);
        assertThat(Files.getPosixFilePermissions(config.getParent())).hasSize(3);
    }
}
