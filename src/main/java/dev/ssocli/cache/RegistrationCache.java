package dev.ssocli.cache;

import java.util.List;
import java.nio.file.Path;
import java.util.Optional;

/**
 * OIDC client registrations, stored next to the tokens under botocore's registration key
 * (docs/file-formats.md#client-registration-cache).
 */
public final class RegistrationCache {
    private final JsonFileCache files;

    public RegistrationCache(Path ssoCacheDir) {
        this.files = new JsonFileCache(ssoCacheDir);
    }

    /**
     * The cached registration for this start URL, region, configured scopes (null when none) and session name (null
     * for legacy profiles). An unparseable or incomplete file counts as absent, so it is replaced by a fresh
     * registration (botocore would fail on it instead).
     */
    public Optional<ClientRegistration> load(String startUrl, String region, List<String> scopes, String sessionName) {
        return files.read(CacheKeys.registration(startUrl, region, scopes, sessionName)).parsed()
                .flatMap(ClientRegistration::fromCacheRecord);
    }

    public void save(String startUrl, String region, List<String> scopes, String sessionName,
                     ClientRegistration registration) {
        files.write(CacheKeys.registration(startUrl, region, scopes, sessionName), registration.toCacheRecord());
    }

    public Path path(String startUrl, String region, List<String> scopes, String sessionName) {
        return files.path(CacheKeys.registration(startUrl, region, scopes, sessionName));
    }
}
