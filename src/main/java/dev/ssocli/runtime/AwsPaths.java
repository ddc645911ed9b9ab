package dev.ssocli.runtime;

import java.nio.file.Path;

/**
 * Where the AWS CLI keeps its files, resolved exactly as the CLI does: {@code AWS_CONFIG_FILE} /
 * {@code AWS_SHARED_CREDENTIALS_FILE} or their defaults under {@code $HOME/.aws}, with {@code ~}
 * expanded from {@code HOME} (Java's {@code user.home} ignores {@code HOME}). The cache directories
 * stay under home even when the config file moves (docs/file-formats.md#environment-and-precedence).
 */
public final class AwsPaths {
    private final Path home;
    private final Path configFile;
    private final Path credentialsFile;
    private final String configFileAsConfigured;

    private AwsPaths(Path home, Path configFile, Path credentialsFile, String configFileAsConfigured) {
        this.home = home;
        this.configFile = configFile;
        this.credentialsFile = credentialsFile;
        this.configFileAsConfigured = configFileAsConfigured;
    }

    public static AwsPaths from(Environment env) {
        Path home = home(env);
        String config = env.nonEmpty("AWS_CONFIG_FILE").orElse("~/.aws/config");
        String credentials = env.nonEmpty("AWS_SHARED_CREDENTIALS_FILE").orElse("~/.aws/credentials");
        return new AwsPaths(home, expand(config, home, env), expand(credentials, home, env), config);
    }

    static Path home(Environment env) {
        return env.nonEmpty("HOME")
                .or(() -> env.nonEmpty("USERPROFILE"))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home")));
    }

    /** Python's {@code expanduser(expandvars(path))}, as botocore applies when reading. */
    static Path expand(String raw, Path home, Environment env) {
        String path = expandVariables(raw, env);
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/")) {
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }

    private static String expandVariables(String raw, Environment env) {
        if (raw.indexOf('$') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '$' && i + 1 < raw.length()) {
                int end;
                String name;
                if (raw.charAt(i + 1) == '{') {
                    end = raw.indexOf('}', i + 2);
                    if (end < 0) {
                        out.append(c);
                        i++;
                        continue;
                    }
                    name = raw.substring(i + 2, end);
                    end++;
                } else {
                    end = i + 1;
                    while (end < raw.length() && (Character.isLetterOrDigit(raw.charAt(end)) || raw.charAt(end) == '_')) {
                        end++;
                    }
                    name = raw.substring(i + 1, end);
                }
                String value = name.isEmpty() ? null : env.get(name);
                out.append(value == null ? raw.substring(i, end) : value);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    public Path home() {
        return home;
    }

    public Path configFile() {
        return configFile;
    }

    /** The config path as the user configured it, e.g. {@code ~/.aws/config}, for messages. */
    public String configFileAsConfigured() {
        return configFileAsConfigured;
    }

    public Path credentialsFile() {
        return credentialsFile;
    }

    /** {@code ~/.aws/sso/cache}: SSO tokens and client registrations. */
    public Path ssoCacheDir() {
        return home.resolve(".aws").resolve("sso").resolve("cache");
    }

    /** {@code ~/.aws/cli/cache}: the CLI v2 role-credential cache. */
    public Path cliCacheDir() {
        return home.resolve(".aws").resolve("cli").resolve("cache");
    }
}
