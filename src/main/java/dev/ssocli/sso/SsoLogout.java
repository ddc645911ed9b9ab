package dev.ssocli.sso;

import dev.ssocli.aws.AwsClients;
import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.CacheKeys;
import dev.ssocli.cache.JsonFileCache;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.errors.ServiceException;
import dev.ssocli.fs.AtomicFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws sso logout} (docs/cli-surface.md#sso-logout): every cached token is logged out at the portal in its own
 * region (service errors ignored, a connection failure aborts before the file is deleted) and deleted; role credentials
 * with {@code ProviderType: sso} are deleted; registrations and unparseable files stay. Temp files a crashed write
 * left in either cache are logged out (when they hold a token) and deleted as well. {@link #logoutSession} is the
 * narrower form the CLI does not have: one sso-session's token and the role credentials derived from it.
 */
public final class SsoLogout {
    private final AwsClients clients;
    private final JsonFileCache ssoCache;
    private final JsonFileCache cliCache;
    private final List<String> removed = new ArrayList<>();

    public SsoLogout(AwsClients clients, Path ssoCacheDir, Path cliCacheDir) {
        this.clients = clients;
        this.ssoCache = new JsonFileCache(ssoCacheDir);
        this.cliCache = new JsonFileCache(cliCacheDir);
    }

    /** The CLI's sweep of both cache directories. */
    public void logoutAll() {
        for (Path file : ssoCache.files()) {
            logoutToken(file);
        }
        for (Path file : cliCache.files()) {
            JsonFileCache.read(file).parsed().ifPresent(record -> {
                if ("sso".equals(record.get("ProviderType"))) {
                    deleteRoleCredentials(file);
                }
            });
        }
        sweepLeftovers();
    }

    /**
     * Logs out {@code sessionName} only: its token and the cached role credentials of every profile in
     * {@code config} that uses it. A session that is neither configured nor cached is a configuration error.
     */
    public void logoutSession(String sessionName, AwsConfig config) {
        List<RoleRef> roles = new ArrayList<>();
        for (String name : config.profileNames()) {
            ConfigSection profile = config.profile(name).orElseThrow();
            Optional<String> account = profile.get("sso_account_id");
            Optional<String> role = profile.get("sso_role_name");
            if (sessionName.equals(profile.get("sso_session").orElse(null)) && account.isPresent()
                    && role.isPresent()) {
                roles.add(new RoleRef(account.get(), role.get()));
            }
        }
        if (!logoutSession(sessionName, roles) && config.ssoSession(sessionName).isEmpty()) {
            throw new ConfigurationException("The specified sso-session does not exist: \"" + sessionName + "\"");
        }
    }

    /**
     * Logs out {@code sessionName} only: its token (Logout call, file deleted) and the cached role credentials of
     * {@code roles}, the account/role pairs of the profiles that use the session. Returns false when nothing of
     * the session was cached.
     */
    public boolean logoutSession(String sessionName, Collection<RoleRef> roles) {
        boolean found = false;
        if (logoutToken(ssoCache.path(CacheKeys.token(sessionName)))) {
            found = true;
        }
        sweepLeftovers();
        for (RoleRef role : roles) {
            found |= deleteRoleCredentials(cliCache.path(CacheKeys.roleCredentials(role.roleName(), role.accountId(),
                    sessionName, null)));
        }
        return found;
    }

    /**
     * Logs out of one SSO configuration: its token (Logout call, file deleted) and the cached role credentials of
     * every profile in {@code config} that uses it (for a legacy start URL, the profiles naming that start URL
     * without an sso-session). Returns false when nothing of it was cached.
     */
    public boolean logout(SsoSessionConfig sso, AwsConfig config) {
        if (!sso.isLegacy()) {
            List<RoleRef> roles = new ArrayList<>();
            for (String name : config.profileNames()) {
                ConfigSection profile = config.profile(name).orElseThrow();
                if (sso.sessionName().equals(profile.get("sso_session").orElse(null))) {
                    roleOf(profile).ifPresent(roles::add);
                }
            }
            return logoutSession(sso.sessionName(), roles);
        }
        boolean found = logoutSession(sso.startUrl(), List.of());
        for (String name : config.profileNames()) {
            ConfigSection profile = config.profile(name).orElseThrow();
            if (profile.get("sso_session").isEmpty()
                    && sso.startUrl().equals(profile.get("sso_start_url").orElse(null))) {
                Optional<RoleRef> role = roleOf(profile);
                if (role.isPresent()) {
                    found |= deleteRoleCredentials(cliCache.path(CacheKeys.roleCredentials(role.get().roleName(),
                            role.get().accountId(), null, sso.startUrl())));
                }
            }
        }
        return found;
    }

    private static Optional<RoleRef> roleOf(ConfigSection profile) {
        Optional<String> account = profile.get("sso_account_id");
        Optional<String> role = profile.get("sso_role_name");
        return account.isPresent() && role.isPresent() ? Optional.of(new RoleRef(account.get(), role.get()))
                : Optional.empty();
    }

    private boolean deleteRoleCredentials(Path file) {
        Map<String, Object> credentials = JsonFileCache.read(file).parsed().orElse(null);
        if (credentials != null && "sso".equals(credentials.get("ProviderType"))) {
            JsonFileCache.delete(file);
            removed.add("Removed cached role credentials " + file);
            return true;
        }
        return false;
    }

    /**
     * Logs out and deletes the token in {@code file}, if it holds one, under the lock a refresh takes: a refresh
     * running at the same moment finishes first and its new token is the one deleted, instead of being written back
     * after the logout.
     */
    private boolean logoutToken(Path file) {
        return AtomicFile.withLock(file, () -> {
            Map<String, Object> record = JsonFileCache.read(file).parsed().orElse(null);
            if (record == null || !record.containsKey("accessToken")) {
                return false;
            }
            logout(record);
            deleteToken(file, record);
            return true;
        });
    }

    /**
     * The temp files a crashed write left in the caches hold tokens and credentials too: a leftover token is logged
     * out like a cached one, and every leftover is deleted.
     */
    private void sweepLeftovers() {
        for (Path leftover : AtomicFile.leftoverTemps(ssoCache.dir())) {
            JsonFileCache.read(leftover).parsed().ifPresent(record -> {
                if (record.containsKey("accessToken")) {
                    logout(record);
                }
            });
            JsonFileCache.delete(leftover);
        }
        for (Path leftover : AtomicFile.leftoverTemps(cliCache.dir())) {
            JsonFileCache.delete(leftover);
        }
    }

    private void deleteToken(Path file, Map<String, Object> record) {
        JsonFileCache.delete(file);
        Object startUrl = record.get("startUrl");
        removed.add("Removed the SSO token " + (startUrl instanceof String url ? "for " + url + " " : "") + file);
    }

    /** What this logout removed so far, one line a file, in order. */
    public List<String> removed() {
        return List.copyOf(removed);
    }

    private void logout(Map<String, Object> record) {
        if (record.get("region") instanceof String region && !region.isEmpty()
                && record.get("accessToken") instanceof String token) {
            try {
                SdkCalls.call("Logout", () -> clients.portal(region).logout(r -> r.accessToken(token)));
            } catch (ServiceException e) {
                // botocore ignores ClientError here: the token may already be invalid
            }
        }
    }

    /** An account and role whose cached credentials derive from a session. */
    public record RoleRef(String accountId, String roleName) {
    }
}
