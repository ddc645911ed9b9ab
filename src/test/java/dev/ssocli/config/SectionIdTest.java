package dev.ssocli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd section headers, read by {@link AwsConfig} and edited by {@link ConfigFileWriter} through the one
 * {@link SectionId}. Expectations recorded from botocore 1.x {@code build_profile_map(raw_config_parse(path))} on a
 * file holding the header and {@code k = v}.
 */
class SectionIdTest {
    @TempDir
    Path dir;

    /** header, then kind and name as botocore files it ("ignored": in no map). */
    private static final String[][] BOTOCORE = {
        {"profile  a ", SectionId.PROFILE, "a"},
        {"profile a", SectionId.PROFILE, "a"},
        {" profile a", SectionId.RAW, " profile a"},
        {"profilea", SectionId.IGNORED, "profilea"},
        {"default ", SectionId.RAW, "default "},
        {"profile default", SectionId.PROFILE, "default"},
        {"profile\ta", SectionId.PROFILE, "a"},
        {"profile \"a\"", SectionId.PROFILE, "a"},
        {"profile a b", SectionId.IGNORED, "profile a b"},
        {"profile 'a b'", SectionId.PROFILE, "a b"},
        {"services x", SectionId.SERVICES, "x"},
        {"sso-session x", SectionId.SSO_SESSION, "x"},
        {"sso-session", SectionId.IGNORED, "sso-session"},
        {"profile 'open", SectionId.IGNORED, "profile 'open"},
    };

    private AwsConfig read(String text) {
        return AwsConfig.from(text.getBytes(StandardCharsets.UTF_8), dir.resolve("config"), null,
                dir.resolve("credentials"));
    }

    @Test
    void readerFilesEveryHeaderAsBotocoreDoes() {
        for (String[] row : BOTOCORE) {
            AwsConfig config = read("[" + row[0] + "]\nk = v\n");
            String name = row[2];
            assertThat(SectionId.ofHeader(row[0])).as(row[0]).isEqualTo(new SectionId(row[1], name));
            switch (row[1]) {
                case SectionId.PROFILE -> assertThat(config.profileNames()).as(row[0]).containsExactly(name);
                case SectionId.SSO_SESSION -> assertThat(config.ssoSessionNames()).as(row[0]).containsExactly(name);
                case SectionId.SERVICES -> assertThat(config.services(name)).as(row[0]).isPresent();
                case SectionId.RAW -> assertThat(config.otherSection(name)).as(row[0]).isPresent();
                default -> {
                    assertThat(config.profileNames()).as(row[0]).isEmpty();
                    assertThat(config.ssoSessionNames()).as(row[0]).isEmpty();
                }
            }
        }
    }

    @Test
    void writerEditsTheSectionTheReaderFiles() throws Exception {
        for (String[] row : BOTOCORE) {
            if (!row[1].equals(SectionId.PROFILE)) {
                continue;
            }
            Path file = dir.resolve("config-" + Math.abs(row[0].hashCode()));
            String before = "[" + row[0] + "]\nk = v\n";
            Files.writeString(file, before);
            new ConfigFileWriter(file).update(ConfigFileWriter.profileSectionName(row[2]), Map.of("k", "w"));
            assertThat(Files.readString(file)).as(row[0]).isEqualTo(before.replace("k = v", "k = w"));
        }
    }

    @Test
    void headersBotocoreDoesNotFileAsTheProfileGetANewSection() throws Exception {
        for (String header : new String[] {" profile a", "profilea", "profile a b"}) {
            Path file = dir.resolve("config-" + Math.abs(header.hashCode()));
            Files.writeString(file, "[" + header + "]\nk = v\n");
            new ConfigFileWriter(file).update(ConfigFileWriter.profileSectionName("a"), Map.of("k", "w"));
            AwsConfig config = read(Files.readString(file));
            assertThat(config.profile("a").orElseThrow().get("k")).as(header).contains("w");
        }
    }

    @Test
    void headerNamesAreQuotedOnlyForWhitespace() {
        assertThat(SectionId.profile("default").headerName()).isEqualTo("default");
        assertThat(SectionId.profile("a b").headerName()).isEqualTo("profile 'a b'");
        assertThat(SectionId.ssoSession("s\tt").headerName()).isEqualTo("sso-session 's\tt'");
        assertThat(SectionId.services("x").headerName()).isEqualTo("services x");
        assertThat(SubSection.services("x y").sectionName()).isEqualTo("services 'x y'");
    }
}
