package dev.ssocli.creds;

import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.runtime.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code configure export-credentials}' guard against a profile whose {@code credential_process} runs
 * {@code export-credentials} for itself: the profiles on the way are kept, CSV-encoded, in
 * {@code _AWS_CLI_PROFILE_CHAIN}, which child processes inherit (docs/cli-surface.md#configure-export-credentials).
 */
public final class ProfileChainGuard {
    static final String VARIABLE = "_AWS_CLI_PROFILE_CHAIN";
    /** The CLI's {@code _MAX_RECURSION}: profiles already seen before it gives up. */
    static final int MAX_RECURSION = 4;

    private ProfileChainGuard() {
    }

    /**
     * Fails with the CLI's message when {@code profile} was seen already or the chain is too long; otherwise returns
     * the environment for child processes, with {@code profile} appended to the chain.
     */
    public static Environment enter(String profile, Environment env) {
        List<String> seen = parse(env.get(VARIABLE) == null ? "" : env.get(VARIABLE));
        if (seen.size() >= MAX_RECURSION) {
            throw new ConfigurationException("Maximum recursive credential process resolution reached ("
                    + MAX_RECURSION + ").\nProfiles seen: " + String.join(" -> ", seen));
        }
        if (seen.contains(profile)) {
            List<String> cycle = new ArrayList<>(seen);
            cycle.add(profile);
            throw new ConfigurationException("Credential process resolution detected an infinite loop, profile "
                    + "cycle: " + String.join(" -> ", cycle) + "\n");
        }
        List<String> chain = new ArrayList<>(seen);
        chain.add(profile);
        return env.with(VARIABLE, format(chain));
    }

    /** Python's {@code csv.reader([value])} first row. */
    static List<String> parse(String value) {
        List<String> fields = new ArrayList<>();
        if (value.isEmpty()) {
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                atStart = true;
            } else {
                field.append(c);
                atStart = false;
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Python's {@code csv.writer} row (minimal quoting), without the line terminator. */
    static String format(List<String> fields) {
        List<String> cells = new ArrayList<>();
        for (String field : fields) {
            boolean quote = field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")
                    || field.isEmpty() && fields.size() == 1;
            cells.add(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        return String.join(",", cells).strip();
    }
}
