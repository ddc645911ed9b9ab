package dev.ssocli.cli;

import dev.ssocli.cache.TokenCache;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.config.ProfileName;
import dev.ssocli.output.OutputSettings;
import dev.ssocli.output.ResponsePrinter;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.sso.SsoSessionConfig;
import dev.ssocli.sso.SsoStatus;
import dev.ssocli.sso.TokenStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws sso status}: an addition to the AWS CLI; token validity from the caches, without the network. */
@Command(name = "status", description = "Shows, from the token cache only (no network), whether the SSO token of "
        + "each sso-session and legacy start URL is valid, when it expires, how long is left and whether it can be "
        + "refreshed silently. Exit code 0: usable for at least --min-valid; 1: usable for less, or only after a "
        + "silent refresh; 2: expired and not refreshable, or missing. Not in the AWS CLI.")
public final class SsoStatusCommand extends LeafCommand {
    @Option(names = "--sso-session", paramLabel = "<value>",
            description = "Report this sso-session only.")
    String ssoSession;

    @Option(names = "--min-valid", paramLabel = "<duration>", defaultValue = "15m",
            description = "How long the token must still be valid to count as usable (e.g. 90s, 15m, 1h; default "
                    + "15m).")
    String minValid;

    public SsoStatusCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        Duration wanted = DurationOption.parse("--min-valid", minValid);
        AwsConfig config = AwsConfig.load(ctx.paths());
        ProfileName profile = ProfileName.resolve(globals().profile, ctx.env());
        List<SsoSessionConfig> configs = ssoSession != null || profile.source() == ProfileName.Source.FLAG
                ? List.of(SsoStatus.named(config, ssoSession, profile))
                : SsoStatus.all(config);
        List<TokenStatus> statuses = SsoStatus.of(configs, new TokenCache(ctx.paths().ssoCacheDir()),
                ctx.clock().instant(), wanted);
        List<Object> sessions = new ArrayList<>();
        for (TokenStatus status : statuses) {
            sessions.add(status.toModel());
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Sessions", sessions);
        printer(config, profile).print("Status", response);
        return SsoStatus.exitCode(statuses);
    }

    private ResponsePrinter printer(AwsConfig config, ProfileName profile) {
        String profileOutput = config.profile(profile.name()).flatMap((ConfigSection p) -> p.get("output"))
                .orElse(null);
        OutputSettings settings = OutputSettings.resolve(globals().output, ctx.env().get("AWS_DEFAULT_OUTPUT"),
                profileOutput, globals().query, globals().color, ctx.console().stdoutIsTerminal(),
                ctx.console().terminal()::stdoutColumns);
        return new ResponsePrinter(settings, ctx.console().out());
    }
}
