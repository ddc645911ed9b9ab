package dev.ssocli.cli;

import dev.ssocli.config.AliasFile;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.Shlex;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Option;

/**
 * The aliases of {@code ~/.aws/cli/alias} applied to a command line as AWS CLI v2 applies them
 * ({@code awscli/alias.py}; docs/cli-surface.md#aliases-and-completion). {@code bin/aws} hands every line that names
 * an alias to the real CLI; this runs only when there is none, so the aliases of a user without it keep working.
 */
final class CliAliases {
    /** The global options that take a value (the word after them is not a command), from {@link GlobalOptions}. */
    private static final Set<String> VALUED_GLOBALS = new HashSet<>();
    /** The global options that take no value. */
    private static final Set<String> GLOBAL_FLAGS = new HashSet<>();

    static {
        // Read from the annotations alone (no picocli model is built): one list of global options to keep.
        for (Field field : GlobalOptions.class.getFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null) {
                (field.getType() == boolean.class ? GLOBAL_FLAGS : VALUED_GLOBALS).addAll(List.of(option.names()));
            }
        }
    }

    /** Global options the CLI refuses in an alias, in the order it checks them. */
    private static final List<String> UNSUPPORTED_IN_ALIASES = List.of("debug", "profile");

    /** What a command line becomes. */
    sealed interface Outcome permits Line, Shell {
    }

    /** A command line to run (the same one when no alias applies). */
    record Line(String[] args) implements Outcome {
    }

    /** A {@code !} alias: a shell command line for {@code /bin/sh -c}. */
    record Shell(String aliasName, String command) implements Outcome {
    }

    private CliAliases() {
    }

    /**
     * {@code args} with the {@code [toplevel]} alias its command names expanded, then the {@code [command NAME]}
     * alias its subcommand names (each again while the result names another alias of the same kind).
     */
    static Outcome apply(String[] args, AliasFile aliases) {
        Outcome toplevel = expandWhile(args, aliases.toplevel(), line -> wordIndex(line, 0));
        if (toplevel instanceof Line line) {
            int command = wordIndex(line.args(), 0);
            if (command >= 0) {
                return expandWhile(line.args(), aliases.forCommand(line.args()[command]),
                        expanded -> wordIndex(expanded, command + 1));
            }
        }
        return toplevel;
    }

    /** Expands the alias of {@code aliases} at {@code position} of the line while there is one. */
    private static Outcome expandWhile(String[] args, Map<String, String> aliases,
                                       ToIntFunction<String[]> position) {
        String[] line = args;
        Set<String> expanded = new HashSet<>();
        String last = null;
        while (!aliases.isEmpty()) {
            int at = position.applyAsInt(line);
            if (at < 0) {
                break;
            }
            String name = line[at];
            String value = aliases.get(name);
            if (value == null || name.equals(last)) {
                // No alias, or the alias names the command it shadows: the command itself runs.
                break;
            }
            if (!expanded.add(name)) {
                throw new GeneralException("maximum recursion depth exceeded");
            }
            if (value.startsWith("!")) {
                return shell(name, value, line, at);
            }
            line = expand(name, value, line, at);
            last = name;
        }
        return new Line(line);
    }

    /**
     * The line with the alias at {@code at} replaced: the alias's words in place, except its global options, which go
     * last so that they win over the same options on the line (the CLI lets the alias's globals override).
     */
    private static String[] expand(String name, String value, String[] line, int at) {
        List<String> words;
        try {
            words = Shlex.split(value);
        } catch (GeneralException e) {
            throw new GeneralException("Value of alias \"" + name + "\" could not be parsed. Received error: "
                    + e.getMessage() + " when parsing:\n" + value);
        }
        List<String> commandWords = new ArrayList<>();
        List<String> globals = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<String> stripped = words.stream().map(CliAliases::stripNewlines).toList();
        for (int i = 0; i < stripped.size(); ) {
            int length = globalOptionLength(stripped, i);
            if (length > 0) {
                named.add(optionName(stripped.get(i)).substring(2));
                globals.addAll(stripped.subList(i, i + length));
                i += length;
            } else {
                commandWords.add(stripped.get(i++));
            }
        }
        for (String unsupported : UNSUPPORTED_IN_ALIASES) {
            if (named.contains(unsupported)) {
                throw new GeneralException("Global parameter \"--" + unsupported + "\" detected in alias \"" + name
                        + "\" which is not supported in subcommand aliases.");
            }
        }
        List<String> result = new ArrayList<>(Arrays.asList(line).subList(0, at));
        result.addAll(commandWords);
        result.addAll(Arrays.asList(line).subList(at + 1, line.length));
        result.addAll(globals);
        return result.toArray(String[]::new);
    }

    /** The alias's command with the line's words after the alias, global options left out, each shell-quoted. */
    private static Shell shell(String name, String value, String[] line, int at) {
        StringBuilder command = new StringBuilder(value.substring(1));
        List<String> words = Arrays.asList(line);
        for (int i = at + 1; i < line.length; ) {
            int length = globalOptionLength(words, i);
            if (length == 0) {
                command.append(' ').append(Shlex.quote(line[i++]));
            }
            i += length;
        }
        return new Shell(name, command.toString());
    }

    /**
     * How many words the global option at {@code i} takes: 0 (not one), 1 (a flag, or {@code --name=value}) or 2
     * ({@code --name value}; 1 when the value is missing at the end).
     */
    private static int globalOptionLength(List<String> words, int i) {
        String word = words.get(i);
        if (GLOBAL_FLAGS.contains(word) || !word.equals(optionName(word)) && VALUED_GLOBALS.contains(optionName(word))) {
            return 1;
        }
        if (VALUED_GLOBALS.contains(word)) {
            return i + 1 < words.size() ? 2 : 1;
        }
        return 0;
    }

    /** {@code --name} of {@code --name=value}; the word itself otherwise. */
    private static String optionName(String word) {
        int equals = word.indexOf('=');
        return equals < 0 ? word : word.substring(0, equals);
    }

    /** The index of the first word at or after {@code from} that is neither an option nor a global option's value. */
    static int wordIndex(String[] line, int from) {
        for (int i = from; i < line.length; i++) {
            if (VALUED_GLOBALS.contains(line[i])) {
                i++;
            } else if (!line[i].startsWith("-")) {
                return i;
            }
        }
        return -1;
    }

    /** Python's {@code str.strip(os.linesep)}: newlines off both ends of an alias word. */
    private static String stripNewlines(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '\n') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '\n') {
            end--;
        }
        return word.substring(start, end);
    }
}
