package dev.ssocli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cache-key examples of docs/file-formats.md#token-cache, #client-registration-cache, #role-credential-cache,
 * verified there against botocore.
 */
class CacheKeysTest {
    private static final String START_URL = "https://d-1234567890.awsapps.com/start";

    @Test
    void tokenKeyIsTheSha1OfTheSessionNameOrTheRawStartUrl() {
        assertThat(CacheKeys.token("my-sso")).isEqualTo("0ad374308c5a4e22f723adf10145eafad7c4031c");
        assertThat(CacheKeys.token(START_URL)).isEqualTo("7487b5b67d5fa1132cf33fa93ae51ef38cc37752");
        assertThat(CacheKeys.token(START_URL + "/")).isNotEqualTo(CacheKeys.token(START_URL));
    }

    @Test
    void registrationKeyHashesSortedPythonJson() {
        assertThat(CacheKeys.registration(START_URL, "us-east-1", List.of("sso:account:access"), "my-sso"))
                .isEqualTo("a8343d65418848d0bc13a5f25cbb32508ceec5d1");
        assertThat(CacheKeys.registration(START_URL, "us-east-1", null, "my-sso"))
                .isEqualTo("8b2cedd020fb181ad4cf906d1d27b232fd31557e");
        assertThat(CacheKeys.registration(START_URL, "us-east-1", null, null))
                .isEqualTo("365414a68be7c9bfc776c660981dbdbd942acea4");
    }

    @Test
    void roleCredentialKeyHashesCompactSortedJson() {
        assertThat(CacheKeys.roleCredentials("AdministratorAccess", "111122223333", "my-sso", null))
                .isEqualTo("ab11f6e81545e76b18fa84c7e52c30985e5abc4a");
        assertThat(CacheKeys.roleCredentials("AdministratorAccess", "111122223333", null, START_URL))
                .isEqualTo("5d75f29ec892c31fc5dfa93f050e4c57fca1c1e6");
    }
}
