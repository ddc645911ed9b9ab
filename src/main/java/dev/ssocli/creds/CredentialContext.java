package dev.ssocli.creds;

import dev.ssocli.aws.AwsClients;
import dev.ssocli.cache.RoleCredentialCache;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.Environment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What credential resolution may touch.
 *
 * @param env the environment: environment credentials, and the environment of {@code credential_process} children
 * @param profiles the shared config and credentials files
 * @param clock the time expirations are compared against
 * @param console where an MFA code is asked for
 * @param clients the SDK clients, built on first use (commands that resolve no remote credentials never build them)
 * @param roleCache the CLI's {@code ~/.aws/cli/cache}
 * @param ssoCacheDir {@code ~/.aws/sso/cache}, where SSO tokens are read (and refreshed)
 * @param stsRegion the region AssumeRole is called in (the command's region), or null for the global endpoint
 */
public record CredentialContext(Environment env, CredentialProfiles profiles, Clock clock, Console console,
                                Supplier<AwsClients> clients, RoleCredentialCache roleCache, Path ssoCacheDir,
                                String stsRegion) {
}
