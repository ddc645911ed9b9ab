package dev.ssocli.runtime;

import java.time.Clock;

/**
 * Every effect the commands may have, passed in: {@link dev.ssocli.Main} builds the real ones, tests build theirs.
 *
 * @param env the environment snapshot
 * @param paths the AWS file locations derived from {@code env}
 * @param console the standard streams
 * @param clock wall-clock time (token expiry, cache windows)
 * @param sleeper waiting between polls
 * @param browser how a URL is shown to the user
 */
public record CliContext(Environment env, AwsPaths paths, Console console, Clock clock, Sleeper sleeper,
                         BrowserLauncher browser) {

    /** A copy with another environment (paths re-derived from it). */
    public CliContext withEnv(Environment newEnv) {
        return new CliContext(newEnv, AwsPaths.from(newEnv), console, clock, sleeper, browser);
    }
}
