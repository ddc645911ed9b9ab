package dev.ssocli.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token and registration files, byte for byte as botocore writes them (docs/file-formats.md#token-cache,
 * #client-registration-cache).
 */
class TokenCacheTest {
    private static final String START_URL = "https://d-1234567890.awsapps.com/start";
    @TempDir
    Path home;

    private Path cacheDir() {
        return home.resolve(".aws/sso/cache");
    }

    @Test
    void writesTheSpecExampleByteForByte() throws Exception {
        TokenCache cache = new TokenCache(cacheDir());
        cache.save("my-sso", new SsoToken(START_URL, "us-east-1", "aoaEXAMPLE",
                Instant.parse("2025-01-31T17:04:05.678Z"), "cidEXAMPLE", "secEXAMPLE", "2025-04-30T09:04:05Z",
                "aorEXAMPLE"));
        Path file = cacheDir().resolve("0ad374308c5a4e22f723adf10145eafad7c4031c.json");
        assertThat(Files.readString(file)).isEqualTo("{\"startUrl\": \"https://d-1234567890.awsapps.com/start\", "
                + "\"region\": \"us-east-1\", \"accessToken\": \"aoaEXAMPLE\", \"expiresAt\": \"2025-01-31T17:04:05Z\", "
                + "\"clientId\": \"cidEXAMPLE\", \"clientSecret\": \"secEXAMPLE\", "
                + "\"registrationExpiresAt\": \"2025-04-30T09:04:05Z\", \"refreshToken\": \"aorEXAMPLE\"}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(cacheDir()).map(p -> p.getFileName().toString()))
                .containsExactly("0ad374308c5a4e22f723adf10145eafad7c4031c.json");
    }

    @Test
    void omitsAbsentRefreshTokenAndKeepsTheModeOfAnExistingFile() throws Exception {
        TokenCache cache = new TokenCache(cacheDir());
        SsoToken token = new SsoToken(START_URL, "us-east-1", "a", Instant.parse("2025-01-31T17:04:05Z"), "c", "s",
                "2025-04-30T09:04:05Z", null);
        cache.save(START_URL, token);
        Path file = cacheDir().resolve("7487b5b67d5fa1132cf33fa93ae51ef38cc37752.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        cache.save(START_URL, token);
        assertThat(Files.readString(file)).doesNotContain("refreshToken").endsWith("\"}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void readsJavaSdkFilesWithFractionsAndExtraFields() throws Exception {
        Files.createDirectories(cacheDir());
        Files.writeString(cacheDir().resolve(CacheKeys.token("my-sso") + ".json"),
                "{\"accessToken\":\"tok\",\"expiresAt\":\"2025-01-31T17:04:05.123Z\",\"refreshToken\":\"r\","
                        + "\"clientId\":\"c\",\"clientSecret\":\"s\",\"registrationExpiresAt\":\"2025-04-30T09:04:05.5Z\","
                        + "\"region\":\"us-east-1\",\"startUrl\":\"" + START_URL + "\",\"somethingNew\":{\"x\":[1]}}");
        SsoToken token = new TokenCache(cacheDir()).load("my-sso").orElseThrow();
        assertThat(token.accessToken()).isEqualTo("tok");
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2025-01-31T17:04:05.123Z"));
        assertThat(token.registrationExpiresAt()).isEqualTo("2025-04-30T09:04:05.5Z");
        assertThat(token.toString()).doesNotContain("tok").doesNotContain("\"s\"");
    }

    @Test
    void truncatedOrIncompleteFilesAreInvalidAndMissingFilesAbsent() throws Exception {
        TokenCache cache = new TokenCache(cacheDir());
        assertThat(cache.load("my-sso")).isEmpty();
        Files.createDirectories(cacheDir());
        Path file = cache.path("my-sso");
        Files.writeString(file, "{\"startUrl\": \"x\", \"accessTo");
        assertThatThrownBy(() -> cache.load("my-sso")).isInstanceOf(InvalidCacheEntryException.class);
        Files.writeString(file, "{\"accessToken\": \"x\"}");
        assertThatThrownBy(() -> cache.load("my-sso")).isInstanceOf(InvalidCacheEntryException.class);
    }

    @Test
    void registrationRecordsFollowTheFlow() throws Exception {
        RegistrationCache cache = new RegistrationCache(cacheDir());
        cache.save(START_URL, "us-east-1", List.of("sso:account:access"), "my-sso",
                new ClientRegistration("cid", "sec", "2025-04-30T09:04:05Z", List.of("sso:account:access"),
                        List.of("authorization_code", "refresh_token")));
        cache.save(START_URL, "us-east-1", null, null,
                new ClientRegistration("cid2", "sec2", "2025-04-30T09:04:05Z", null, null));
        assertThat(Files.readString(cacheDir().resolve("a8343d65418848d0bc13a5f25cbb32508ceec5d1.json"),
                StandardCharsets.UTF_8)).isEqualTo("{\"clientId\": \"cid\", \"clientSecret\": \"sec\", "
                + "\"expiresAt\": \"2025-04-30T09:04:05Z\", \"scopes\": [\"sso:account:access\"], "
                + "\"grantTypes\": [\"authorization_code\", \"refresh_token\"]}");
        assertThat(Files.readString(cacheDir().resolve("365414a68be7c9bfc776c660981dbdbd942acea4.json")))
                .isEqualTo("{\"clientId\": \"cid2\", \"clientSecret\": \"sec2\", \"expiresAt\": \"2025-04-30T09:04:05Z\"}");
        assertThat(cache.load(START_URL, "us-east-1", null, null)).map(ClientRegistration::clientId).contains("cid2");
        Files.writeString(cacheDir().resolve("365414a68be7c9bfc776c660981dbdbd942acea4.json"), "{\"clientId\": ");
        assertThat(cache.load(START_URL, "us-east-1", null, null)).isEmpty();
    }

    @Test
    void newCacheDirectoryIsPrivate() throws Exception {
        new TokenCache(cacheDir()).save("s", new SsoToken(START_URL, "us-east-1", "a", Instant.EPOCH, "c", "s",
                "2025-04-30T09:04:05Z", null));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir()))).isEqualTo("rwx------");
    }
}
