package dev.ssocli.cli;

import dev.ssocli.runtime.CliContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the plain, well-formed command lines that scripts, prompts and {@code credential_process} run most
 * ({@code configure list-profiles}, {@code configure get NAME}, {@code configure export-credentials},
 * {@code sts get-caller-identity}, {@code sso status} (shell prompts), with the common global options) and builds the command without picocli.
 * Building picocli's model reads annotations through reflection (proxy classes a Java 17 class-data archive cannot
 * hold), about 70 ms of a 130 ms run. Anything else, including every malformed line, returns null and goes through
 * picocli, so usage errors and help stay picocli's.
 */
final class QuickCommandLine {
    private QuickCommandLine() {
    }

    /** The command to run for {@code args}, with its options set, or null when picocli must parse the line. */
    static LeafCommand match(CliContext ctx, String... args) {
        GlobalOptions globals = new GlobalOptions();
        List<String> words = new ArrayList<>();
        Map<String, String> specific = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                words.add(arg);
                continue;
            }
            if (arg.equals("--no-cli-pager")) {
                if (!seen.add(arg)) {
                    return null;
                }
                globals.noCliPager = true;
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                return null;
            }
            String value = args[++i];
            switch (arg) {
                case "--profile" -> globals.profile = value;
                case "--region" -> globals.region = value;
                case "--output" -> globals.output = value;
                case "--query" -> globals.query = value;
                case "--color" -> globals.color = value;
                case "--format", "--sso-session", "--min-valid" -> specific.put(arg, value);
                default -> {
                    return null;
                }
            }
            if (!seen.add(arg)) {
                return null;   // a repeated option: picocli reports it
            }
        }
        LeafCommand command = command(ctx, words, specific);
        if (command != null) {
            command.useGlobals(globals);
        }
        return command;
    }

    private static LeafCommand command(CliContext ctx, List<String> words, Map<String, String> specific) {
        String path = String.join(" ", words);
        Set<String> allowed = switch (path) {
            case "configure export-credentials" -> Set.of("--format");
            case "sso status" -> Set.of("--sso-session", "--min-valid");
            default -> Set.of();
        };
        if (!allowed.containsAll(specific.keySet())) {
            return null;
        }
        String format = specific.get("--format");
        switch (path) {
            case "sso status": {
                SsoStatusCommand command = new SsoStatusCommand(ctx);
                command.ssoSession = specific.get("--sso-session");
                command.minValid = specific.getOrDefault("--min-valid", "15m");
                return command;
            }
            case "configure list-profiles":
                return new ConfigureListProfilesCommand(ctx);
            case "sts get-caller-identity":
                return new StsGetCallerIdentityCommand(ctx);
            case "configure export-credentials": {
                ConfigureExportCredentialsCommand command = new ConfigureExportCredentialsCommand(ctx);
                command.format = format == null ? "process" : format;
                return command;
            }
            default:
                if (words.size() == 3 && words.get(0).equals("configure") && words.get(1).equals("get")
                        && !words.get(2).equals("help")) {
                    ConfigureGetCommand command = new ConfigureGetCommand(ctx);
                    command.varname = words.get(2);
                    return command;
                }
                return null;
        }
    }
}
