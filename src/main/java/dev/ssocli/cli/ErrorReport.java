package dev.ssocli.cli;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ProfileName;
import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.errors.NoCredentialsException;
import dev.ssocli.errors.NoRegionException;
import dev.ssocli.errors.PagerException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.errors.QuietExit;
import dev.ssocli.errors.ServiceException;
import dev.ssocli.errors.UnknownOptionsException;
import dev.ssocli.errors.UsageException;
import dev.ssocli.output.OutputFormat;
import dev.ssocli.output.OutputSettings;
import dev.ssocli.output.ResponsePrinter;
import dev.ssocli.runtime.CliContext;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a failure is shown, as AWS CLI 2.36's error handlers do ({@code awscli/errorhandler.py},
 * {@code errorformat.py}): every message on stderr after a blank line as {@code aws: [ERROR]: MESSAGE}; the
 * structured errors (parameter validation, configuration, no region, no credentials, service errors) as
 * {@code An error occurred (CODE): MESSAGE} in the {@code enhanced} error format, as a {@code Code}/{@code Message}
 * document in the {@code json}, {@code yaml}, {@code text} and {@code table} ones, and as the bare message in
 * {@code legacy} (docs/cli-surface.md#error-formats).
 */
public final class ErrorReport {
    /** The values of {@code --cli-error-format}, {@code cli_error_format} and {@code AWS_CLI_ERROR_FORMAT}. */
    static final List<String> FORMATS = List.of("legacy", "json", "yaml", "text", "table", "enhanced");
    public static final String ENHANCED = "enhanced";
    static final String LEGACY = "legacy";
    private static final String PREFIX = "aws: [ERROR]:";

    private ErrorReport() {
    }

    /**
     * The error format: the flag when the main parser got as far as reading it, else {@code AWS_CLI_ERROR_FORMAT},
     * else the profile's {@code cli_error_format}, else {@code enhanced}; case-insensitive, an unknown name counts as
     * {@code enhanced}. When the profile cannot be read (a named profile that does not exist, a malformed file) the
     * CLI's structured display fails and it falls back to the plain message: {@code legacy}.
     */
    static String format(CliContext ctx, String flag, String profileFlag) {
        String chosen = flag;
        if (chosen == null || chosen.isEmpty()) {
            chosen = ctx.env().get("AWS_CLI_ERROR_FORMAT");
        }
        if (chosen == null || chosen.isEmpty()) {
            try {
                ProfileName profile = ProfileName.resolve(profileFlag, ctx.env());
                AwsConfig config = AwsConfig.load(ctx.paths());
                if (config.profile(profile.name()).isEmpty()) {
                    if (profile.explicit()) {
                        return LEGACY;
                    }
                } else {
                    chosen = config.profile(profile.name()).get().get("cli_error_format").orElse(null);
                }
            } catch (RuntimeException e) {
                return LEGACY;
            }
        }
        if (chosen == null || chosen.isEmpty()) {
            return ENHANCED;
        }
        String lower = chosen.toLowerCase(Locale.ROOT);
        return FORMATS.contains(lower) ? lower : ENHANCED;
    }

    /** Prints {@code failure} in {@code format}; {@code color} is {@code --color}'s value (null when not given). */
    public static void print(Throwable failure, String format, String color, PrintStream out, PrintStream err) {
        if (failure instanceof QuietExit) {
            err.print(failure.getMessage());
            return;
        }
        if (failure instanceof InterruptedException) {
            out.print("\n");
            return;
        }
        if (failure instanceof UnknownOptionsException unknown && unknown.serviceOperation()) {
            // UnknownArgumentErrorHandler: never structured, the usage first.
            err.print("\nusage: " + UsageText.USAGE.substring("usage: ".length()) + "\n");
            writeError(err, failure.getMessage());
            return;
        }
        Map<String, Object> info = errorInfo(failure);
        if (info == null || format.equals(LEGACY)) {
            // ClientErrorHandler's plain form is the whole exception text; the others print the bare message.
            writeError(err, info == null || failure instanceof ServiceException ? failure.getMessage()
                    : (String) info.get("Message"));
            return;
        }
        if (format.equals(ENHANCED)) {
            writeError(err, failure instanceof ServiceException ? failure.getMessage()
                    : "An error occurred (" + info.get("Code") + "): " + info.get("Message"));
            return;
        }
        boolean colorOn = "on".equals(color);
        OutputSettings settings = new OutputSettings(OutputFormat.parse(format), null, colorOn,
                OutputSettings.DEFAULT_TERMINAL_WIDTH, false);
        new ResponsePrinter(settings, err).print("error", info);
    }

    /** The code and message of a structured error, or null for one the CLI only ever prints as a message. */
    private static Map<String, Object> errorInfo(Throwable failure) {
        String code;
        String message = failure.getMessage();
        if (failure instanceof UsageException usage) {
            code = "ParamValidation";
            message = message + "\n\n" + (usage.usage() == null ? UsageText.USAGE : usage.usage());
        } else if (failure instanceof ParamValidationException || failure instanceof UnknownOptionsException) {
            code = "ParamValidation";
        } else if (failure instanceof NoRegionException) {
            code = "NoRegion";
        } else if (failure instanceof PagerException) {
            code = "Pager";
        } else if (failure instanceof NoCredentialsException) {
            code = "NoCredentials";
        } else if (failure instanceof ConfigurationException) {
            code = "Configuration";
        } else if (failure instanceof ServiceException service) {
            return new LinkedHashMap<>(service.errorDocument());
        } else {
            return null;
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("Code", code);
        info.put("Message", message);
        return info;
    }

    /** {@code write_error}: a blank line, then the prefixed message, stripped, on one line. */
    static void writeError(PrintStream err, String message) {
        String stripped = message == null ? "" : message.strip();
        err.print("\n" + (stripped.isEmpty() ? PREFIX : PREFIX + " " + stripped) + "\n");
    }
}
