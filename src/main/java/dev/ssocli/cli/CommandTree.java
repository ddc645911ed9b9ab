package dev.ssocli.cli;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The command table in the CLI's order, and the picocli tree built from it. Building a picocli command costs
 * reflection over its annotated fields, about 5 ms a command on a cold JVM, so {@link #pruned} builds only the
 * commands whose names occur among the arguments: whenever that parse succeeds it is the full tree's parse, since a
 * command whose name is not among the arguments can never be matched.
 */
final class CommandTree {
    /** Group commands and their operations, in the order the CLI lists them in usage errors. */
    private static final List<Map.Entry<Class<?>, List<Class<?>>>> TABLE = List.of(
            Map.entry(ConfigureCommand.class, List.of(ConfigureSsoCommand.class, ConfigureSsoSessionCommand.class,
                    ConfigureListProfilesCommand.class, ConfigureListCommand.class, ConfigureGetCommand.class,
                    ConfigureSetCommand.class, ConfigureExportCredentialsCommand.class,
                    ConfigurePopulateCommand.class)),
            Map.entry(SsoCommand.class, List.of(SsoLoginCommand.class, SsoLogoutCommand.class,
                    SsoListAccountsCommand.class, SsoListAccountRolesCommand.class, SsoGetRoleCredentialsCommand.class,
                    SsoStatusCommand.class, SsoConsoleCommand.class, SsoExecCommand.class, SsoShellInitCommand.class)),
            Map.entry(StsCommand.class, List.of(StsGetCallerIdentityCommand.class)));

    private CommandTree() {
    }

    /** Every command. */
    static CommandLine full(IFactory factory) {
        return build(factory, null);
    }

    /** The root plus the commands named among {@code args}. */
    static CommandLine pruned(IFactory factory, String... args) {
        return build(factory, new HashSet<>(Arrays.asList(args)));
    }

    private static CommandLine build(IFactory factory, Set<String> names) {
        CommandLine root = new CommandLine(new AwsCommand(), factory);
        for (Map.Entry<Class<?>, List<Class<?>>> group : TABLE) {
            if (names != null && !names.contains(name(group.getKey()))) {
                continue;
            }
            CommandLine groupLine = new CommandLine(group.getKey(), factory);
            for (Class<?> leaf : group.getValue()) {
                if (names == null || names.contains(name(leaf))) {
                    groupLine.addSubcommand(leaf);
                }
            }
            root.addSubcommand(groupLine);
        }
        return root;
    }

    /** Every operation's command path ({@code ["configure", "get"]}, ...), in table order; read from annotations only. */
    static List<List<String>> paths() {
        List<List<String>> paths = new java.util.ArrayList<>();
        for (Map.Entry<Class<?>, List<Class<?>>> group : TABLE) {
            for (Class<?> leaf : group.getValue()) {
                paths.add(List.of(name(group.getKey()), name(leaf)));
            }
        }
        return paths;
    }

    /**
     * Whether {@code bin/aws} runs {@code line} itself, judged by its command words (the first two words that are
     * neither options nor global options' values): none, an operation of ours, or {@code sso}/{@code sts} alone or
     * with {@code help} ({@code configure} alone is the CLI's access-key wizard). The launcher's own table says the
     * same (LauncherDispatchTest).
     */
    static boolean implemented(String[] line) {
        int command = CliAliases.wordIndex(line, 0);
        int subcommand = command < 0 ? -1 : CliAliases.wordIndex(line, command + 1);
        return implemented(command < 0 ? null : line[command], subcommand < 0 ? null : line[subcommand]);
    }

    private static boolean implemented(String command, String subcommand) {
        if (command == null) {
            return true;
        }
        if (subcommand == null || subcommand.equals("help")) {
            return command.equals(name(SsoCommand.class)) || command.equals(name(StsCommand.class));
        }
        return paths().contains(List.of(command, subcommand));
    }

    /** The command's name from its annotation (reading an annotation is cheap; building the model is not). */
    private static String name(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }
}
