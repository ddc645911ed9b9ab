package dev.ssocli.cache;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * SSO access tokens in {@code ~/.aws/sso/cache}, keyed by sso-session name or (legacy profiles) start URL
 * (docs/file-formats.md#token-cache).
 */
public final class TokenCache {
    private final JsonFileCache files;

    public TokenCache(Path ssoCacheDir) {
        this.files = new JsonFileCache(ssoCacheDir);
    }

    /** The file the token of {@code sessionNameOrStartUrl} lives in. */
    public Path path(String sessionNameOrStartUrl) {
        return files.path(CacheKeys.token(sessionNameOrStartUrl));
    }

    /** The cached token, or empty when there is no file. */
    public Optional<SsoToken> load(String sessionNameOrStartUrl) throws InvalidCacheEntryException {
        JsonFileCache.Entry entry = files.read(CacheKeys.token(sessionNameOrStartUrl));
        return switch (entry.state()) {
            case MISSING -> Optional.empty();
            case UNPARSEABLE -> throw new InvalidCacheEntryException(path(sessionNameOrStartUrl));
            case PARSED -> Optional.of(SsoToken.fromCacheRecord(entry.record())
                    .orElseThrow(() -> new InvalidCacheEntryException(path(sessionNameOrStartUrl))));
        };
    }

    /** Writes {@code token} in botocore's format (atomically, {@code 0600} when new). */
    public void save(String sessionNameOrStartUrl, SsoToken token) {
        files.write(CacheKeys.token(sessionNameOrStartUrl), token.toCacheRecord());
    }

    /** Runs {@code action} holding the token file's lock if no other run holds it; empty when one does. */
    public <T> Optional<T> tryLocked(String sessionNameOrStartUrl, Callable<T> action) {
        return files.tryLocked(CacheKeys.token(sessionNameOrStartUrl), action);
    }

    /** Runs {@code action} holding the token file's lock (refresh: re-read, refresh, write). */
    public <T> T locked(String sessionNameOrStartUrl, Callable<T> action) {
        return files.locked(CacheKeys.token(sessionNameOrStartUrl), action);
    }
}
