package dev.ssocli.configure;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.errors.ParamValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code aws configure populate} does to the config: one native SSO profile per account and role a session
 * reaches, named by a template, each marked with {@link #MARKER} so that later runs update or prune only the
 * profiles this command created. Pure planning over the parsed config; {@link #apply} writes the plan in one edit.
 */
public final class ProfilePopulation {
    /** The key that marks a profile as created by this command (botocore and the AWS CLI ignore unknown keys). */
    public static final String MARKER = "sso_auto_populated";
    /** The default {@code --profile-name-template}. */
    public static final String DEFAULT_TEMPLATE = "{account_name}.{role_name}";

    private static final Pattern FIELD = Pattern.compile("\\{([^{}]*)\\}");
    private static final Set<String> FIELDS = Set.of("account_name", "account_id", "role_name", "sso_session");
    /** Characters kept in a profile name: safe in an INI header, unquoted in every shell, and in file names. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    /** One account and role the session can reach. */
    public record Assignment(String accountId, String accountName, String roleName) {
    }

    /** What happens to one profile. */
    public enum Action {
        ADD("Added", "Would add"),
        CHANGE("Changed", "Would change"),
        REMOVE("Removed", "Would remove"),
        UNCHANGED("Unchanged", "Unchanged"),
        SKIP("Skipped", "Would skip");

        private final String done;
        private final String planned;

        Action(String done, String planned) {
            this.done = done;
            this.planned = planned;
        }

        public String verb(boolean dryRun) {
            return dryRun ? planned : done;
        }
    }

    /**
     * One profile of the plan.
     *
     * @param action what happens to it
     * @param profile the profile name
     * @param values the keys to set (null for a removal)
     * @param assignment the account and role, or null for a removal
     */
    public record Change(Action action, String profile, Map<String, String> values, Assignment assignment) {
    }

    /** The settings of one run. */
    public record Settings(String sessionName, String template, String region, String output,
                           List<String> accountFilters, List<String> roleFilters, boolean prune) {
    }

    private ProfilePopulation() {
    }

    /** Fails with a parameter error when the template names a field that does not exist or gives no text. */
    public static void checkTemplate(String template) {
        Matcher matcher = FIELD.matcher(template);
        while (matcher.find()) {
            if (!FIELDS.contains(matcher.group(1))) {
                throw new ParamValidationException("Unknown field {" + matcher.group(1)
                        + "} in --profile-name-template: use {account_name}, {account_id}, {role_name}, "
                        + "{sso_session}");
            }
        }
    }

    /** Whether {@code roleName} passes the {@code --role} globs. */
    public static boolean roleSelected(Settings settings, String roleName) {
        return matchesAny(settings.roleFilters(), roleName, null);
    }

    /** Whether {@code accountId}/{@code accountName} pass the {@code --account} globs. */
    public static boolean accountSelected(Settings settings, String accountId, String accountName) {
        return matchesAny(settings.accountFilters(), accountId, accountName);
    }

    /** The plan for {@code assignments} (already filtered) against the current config, in a stable order. */
    public static List<Change> plan(AwsConfig config, List<Assignment> assignments, Settings settings) {
        Map<String, Assignment> wanted = names(assignments, settings);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Assignment> entry : wanted.entrySet()) {
            String name = entry.getKey();
            Map<String, String> values = values(entry.getValue(), settings);
            Optional<ConfigSection> existing = config.profile(name);
            if (existing.isEmpty()) {
                changes.add(new Change(Action.ADD, name, values, entry.getValue()));
            } else if (existing.get().get(MARKER).isEmpty()) {
                changes.add(new Change(Action.SKIP, name, values, entry.getValue()));
            } else if (differs(existing.get(), values)) {
                changes.add(new Change(Action.CHANGE, name, values, entry.getValue()));
            } else {
                changes.add(new Change(Action.UNCHANGED, name, values, entry.getValue()));
            }
        }
        if (settings.prune()) {
            for (String name : config.profileNames()) {
                ConfigSection profile = config.profile(name).orElseThrow();
                if (!wanted.containsKey(name) && profile.get(MARKER).isPresent()
                        && settings.sessionName().equals(profile.get("sso_session").orElse(null))) {
                    changes.add(new Change(Action.REMOVE, name, null, null));
                }
            }
        }
        return changes;
    }

    /** Writes the additions, changes and removals of {@code changes} in one atomic edit of the config file. */
    public static void apply(ConfigFileWriter writer, List<Change> changes) {
        Map<String, Map<String, Object>> edits = new LinkedHashMap<>();
        for (Change change : changes) {
            switch (change.action()) {
                case ADD, CHANGE -> edits.put(ConfigFileWriter.profileSectionName(change.profile()),
                        new LinkedHashMap<>(change.values()));
                case REMOVE -> edits.put(ConfigFileWriter.profileSectionName(change.profile()), null);
                default -> { }
            }
        }
        if (!edits.isEmpty()) {
            writer.updateSections(edits);
        }
    }

    /** The profile name of each assignment; names two assignments share get the account id appended. */
    static Map<String, Assignment> names(List<Assignment> assignments, Settings settings) {
        Map<String, List<Assignment>> byName = new LinkedHashMap<>();
        for (Assignment assignment : assignments) {
            byName.computeIfAbsent(name(settings.template(), assignment, settings.sessionName()),
                    k -> new ArrayList<>()).add(assignment);
        }
        Map<String, Assignment> named = new HashMap<>();
        for (Map.Entry<String, List<Assignment>> entry : byName.entrySet()) {
            if (entry.getValue().size() == 1) {
                named.put(entry.getKey(), entry.getValue().get(0));
            } else {
                for (Assignment assignment : entry.getValue()) {
                    named.put(safe(entry.getKey() + "." + assignment.accountId()), assignment);
                }
            }
        }
        Map<String, Assignment> sorted = new LinkedHashMap<>();
        for (String name : new TreeSet<>(named.keySet())) {
            sorted.put(name, named.get(name));
        }
        return sorted;
    }

    /** The template filled in and made safe: runs of other characters become one {@code -}. */
    static String name(String template, Assignment assignment, String sessionName) {
        Matcher matcher = FIELD.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "account_name" -> assignment.accountName() == null ? assignment.accountId()
                        : assignment.accountName();
                case "account_id" -> assignment.accountId();
                case "role_name" -> assignment.roleName();
                default -> sessionName;
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        String safe = safe(out.toString());
        return safe.isEmpty() ? safe(assignment.accountId() + "." + assignment.roleName()) : safe;
    }

    private static String safe(String name) {
        String replaced = UNSAFE.matcher(name).replaceAll("-");
        int start = 0;
        int end = replaced.length();
        while (start < end && (replaced.charAt(start) == '-' || replaced.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (replaced.charAt(end - 1) == '-' || replaced.charAt(end - 1) == '.')) {
            end--;
        }
        return replaced.substring(start, end);
    }

    private static Map<String, String> values(Assignment assignment, Settings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sso_session", settings.sessionName());
        values.put("sso_account_id", assignment.accountId());
        values.put("sso_role_name", assignment.roleName());
        if (settings.region() != null) {
            values.put("region", settings.region());
        }
        if (settings.output() != null) {
            values.put("output", settings.output());
        }
        values.put(MARKER, "true");
        return values;
    }

    private static boolean differs(ConfigSection existing, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (!value.getValue().equals(existing.get(value.getKey()).orElse(null))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<String> globs, String value, String alternative) {
        if (globs == null || globs.isEmpty()) {
            return true;
        }
        for (String glob : globs) {
            Pattern pattern = glob(glob);
            if (pattern.matcher(value).matches()
                    || alternative != null && pattern.matcher(alternative).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A shell-style glob ({@code *}, {@code ?}, {@code [...]}) as Python's {@code fnmatch} reads it. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
                int close = glob.indexOf(']', i + 2);
                String set = glob.substring(i + 1, close);
                boolean negate = set.startsWith("!");
                set = (negate ? set.substring(1) : set).replace("\\", "\\\\").replace("[", "\\[");
                if (!negate && set.startsWith("^")) {
                    set = "\\" + set;
                }
                regex.append('[').append(negate ? "^" : "").append(set).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
