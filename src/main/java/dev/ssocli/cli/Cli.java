package dev.ssocli.cli;

import dev.ssocli.config.AliasFile;
import dev.ssocli.fs.FileWarnings;
import dev.ssocli.errors.CliException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.errors.UnknownOptionsException;
import dev.ssocli.errors.UsageException;
import dev.ssocli.output.OutputSettings;
import dev.ssocli.python.PythonUrl;
import dev.ssocli.runtime.ChildProcess;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.runtime.DebugLog;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the picocli tree for one invocation, runs it and maps every outcome to an exit code. */
public final class Cli {
    private static final List<String> OUTPUT_CHOICES = List.of("json", "text", "table", "yaml", "yaml-stream", "off");
    private static final List<String> COLOR_CHOICES = List.of("on", "off", "auto");
    /** Set by {@code bin/aws} to the line explaining why a command line it could not hand over is ours after all. */
    static final String NO_REAL_CLI = "AWS_SSO_NO_REAL_CLI";

    private final CliContext ctx;
    private final boolean quickPath;
    /** The global options once the main parser has read and checked them (errors before that ignore the flags). */
    private GlobalOptions parsedGlobals;

    public Cli(CliContext ctx) {
        this(ctx, true);
    }

    /** With {@code quickPath} false every line goes through picocli (tests compare the two paths). */
    public Cli(CliContext ctx, boolean quickPath) {
        this.ctx = ctx;
        this.quickPath = quickPath;
    }

    /** Runs {@code aws ARGS}; never throws, never exits the JVM. */
    public int run(String... args) {
        PrintStream err = ctx.console().err();
        boolean debug = List.of(args).contains("--debug");
        // bin/aws found no real AWS CLI to hand this line (not one of ours) to.
        boolean noRealCli = ctx.env().nonEmpty(NO_REAL_CLI).isPresent();
        FileWarnings.to(err::print);
        DebugLog.to(debug ? err::print : null);
        try {
            // The CLI refuses to start with an alias file it cannot read; bin/aws hands lines naming an alias to the
            // real CLI, and applies them here only when there is none.
            Optional<AliasFile> aliases = AliasFile.load(ctx.paths().home());
            if (aliases.isPresent() && noRealCli) {
                CliAliases.Outcome outcome = CliAliases.apply(args, aliases.get());
                if (outcome instanceof CliAliases.Shell shell) {
                    DebugLog.debug("awscli.alias", "Running shell alias '" + shell.aliasName() + "'");
                    ctx.console().out().flush();
                    return ChildProcess.run(List.of("/bin/sh", "-c", shell.command()), ctx.env().asMap());
                }
                String[] expanded = ((CliAliases.Line) outcome).args();
                if (expanded != args) {
                    // An alias turned the line into one of ours: a usage error is then ours, not a missing CLI's.
                    noRealCli = !CommandTree.implemented(expanded);
                    DebugLog.debug("awscli.alias", "Applied the aliases of ~/.aws/cli/alias");
                }
                args = expanded;
            }
            if (args.length > 0 && "--version".equals(args[0])) {
                ctx.console().out().println(Version.line(ctx.env()));
                return ExitCodes.OK;
            }
            boolean helpWord = args.length > 0 && "help".equals(args[args.length - 1]);
            if (helpWord || List.of(args).contains("--help")) {
                printHelp(commandFor(commandLine(), args, helpWord ? args.length - 1 : args.length));
                return ExitCodes.OK;
            }
            LeafCommand quick = quickPath ? QuickCommandLine.match(ctx, args) : null;
            if (quick != null) {
                validateChoices(quick.globals());
                parsedGlobals = quick.globals();
                validateValues(quick.globals());
                int code = quick.call();
                ctx.console().out().flush();
                return code;
            }
            CommandLine commandLine = configure(CommandTree.pruned(new ContextFactory(ctx), args));
            ParseResult parsed = parseIfRunnable(commandLine, args);
            if (parsed == null) {
                // Anything but a clean parse to a runnable command is re-parsed with every command, so usage errors
                // list the full command table.
                commandLine = commandLine();
                try {
                    parsed = commandLine.parseArgs(args);
                } catch (ParameterException e) {
                    throw translate(e, ((AwsCommand) commandLine.getCommand()).globals, args);
                }
            }
            validateChoices(((AwsCommand) commandLine.getCommand()).globals);
            parsedGlobals = ((AwsCommand) commandLine.getCommand()).globals;
            validateValues(parsedGlobals);
            ParseResult leaf = parsed;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            if (leaf.commandSpec().userObject() instanceof AwsCommand root && root.version) {
                ctx.console().out().println(Version.line(ctx.env()));
                return ExitCodes.OK;
            }
            Object result = ((java.util.concurrent.Callable<?>) leaf.commandSpec().userObject()).call();
            ctx.console().out().flush();
            return result instanceof Integer code ? code : ExitCodes.OK;
        } catch (Exception e) {
            ctx.console().out().flush();
            report(e, err, debug, args);
            int code = ExitCodes.of(e);
            if (code == ExitCodes.PARAM_VALIDATION && noRealCli) {
                // bin/aws found no real AWS CLI to hand a line we do not implement to: say so after the usage error.
                ctx.env().nonEmpty(NO_REAL_CLI).ifPresent(err::println);
            }
            return code;
        } finally {
            err.flush();
        }
    }

    private void report(Exception e, PrintStream err, boolean debug, String[] args) {
        if (debug && !(e instanceof CliException)) {
            e.printStackTrace(new PrintWriter(err, true));
        }
        GlobalOptions globals = parsedGlobals;
        String format = ErrorReport.format(ctx, globals == null ? null : globals.cliErrorFormat,
                globals == null ? firstPassProfile(args) : globals.profile);
        ErrorReport.print(e, format, globals == null ? null : globals.color, ctx.console().out(), err);
    }

    /** The {@code --profile} clidriver's first-pass parser finds before the main parser runs (the last one wins). */
    private static String firstPassProfile(String[] args) {
        String profile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--profile") && i + 1 < args.length) {
                profile = args[i + 1];
            } else if (args[i].startsWith("--profile=")) {
                profile = args[i].substring("--profile=".length());
            }
        }
        return profile;
    }

    /** Help for one command: its own options; the global ones are listed once, by {@code aws help}. */
    private void printHelp(CommandLine target) {
        if (target.getParent() != null) {
            target.getCommandSpec().usageMessage().abbreviateSynopsis(true)
                    .footer("%nGlobal options (--profile, --region, --output, --query, --endpoint-url, --debug, ...): "
                            + "see 'aws help'.");
            target.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                    help -> help.optionListExcludingGroups(help.commandSpec().options().stream()
                            .filter(option -> !option.inherited()).toList()));
        }
        target.usage(ctx.console().out());
    }

    /**
     * {@code aws [COMMAND [SUBCOMMAND]] help} or {@code --help} anywhere: the deepest command named among the first
     * {@code count} words (options are skipped).
     */
    private static CommandLine commandFor(CommandLine root, String[] args, int count) {
        CommandLine current = root;
        for (int i = 0; i < count; i++) {
            CommandLine sub = current.getSubcommands().get(args[i]);
            if (sub != null) {
                current = sub;
            }
        }
        return current;
    }

    /** The parse of {@code args} by {@code commandLine} if it reaches an operation or {@code --version}, else null. */
    private static ParseResult parseIfRunnable(CommandLine commandLine, String... args) {
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (ParameterException e) {
            return null;
        }
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        return command instanceof LeafCommand || command instanceof AwsCommand root && root.version ? parsed : null;
    }

    /** The command tree, with commands built by a factory that hands them the context. */
    public CommandLine commandLine() {
        return configure(CommandTree.full(new ContextFactory(ctx)));
    }

    private CommandLine configure(CommandLine commandLine) {
        commandLine.setOut(new PrintWriter(ctx.console().out(), true));
        commandLine.setErr(new PrintWriter(ctx.console().err(), true));
        commandLine.setUnmatchedOptionsArePositionalParams(false);
        // argparse lets an option repeat, the last value winning (`--region a --region b`); picocli refuses by default.
        commandLine.setOverwrittenOptionsAllowed(true);
        return commandLine;
    }

    /** The main parser's checks of the global options' choices (their errors come before the flags count). */
    private static void validateChoices(GlobalOptions globals) {
        if (globals.output != null && !OUTPUT_CHOICES.contains(globals.output)) {
            throw new UsageException(UsageText.invalidChoice("--output", globals.output, OUTPUT_CHOICES));
        }
        if (globals.color != null && !COLOR_CHOICES.contains(globals.color)) {
            throw new UsageException(UsageText.invalidChoice("--color", globals.color, COLOR_CHOICES));
        }
        if (globals.cliErrorFormat != null && !ErrorReport.FORMATS.contains(globals.cliErrorFormat)) {
            throw new UsageException(UsageText.invalidChoice("--cli-error-format", globals.cliErrorFormat,
                    ErrorReport.FORMATS));
        }
    }

    /** The checks the CLI makes of the parsed global options' values. */
    private static void validateValues(GlobalOptions globals) {
        OutputSettings.validateQuery(globals.query);
        // The CLI's only up-front check of --endpoint-url: urlparse must find a scheme.
        if (globals.endpointUrl != null && PythonUrl.parse(globals.endpointUrl).scheme().isEmpty()) {
            throw new ParamValidationException("Bad value for --endpoint-url \"" + globals.endpointUrl
                    + "\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/");
        }
    }

    /**
     * The AWS CLI's error for a line picocli rejected. The CLI's main parser reads the global options before the
     * command's own parser runs, so an error of a subcommand comes after the global options were checked (and its
     * report then honours {@code --cli-error-format}).
     */
    private RuntimeException translate(ParameterException e, GlobalOptions rootGlobals, String[] args) {
        CommandLine where = e.getCommandLine();
        Object command = where.getCommand();
        String message = e.getMessage();
        if (message != null && message.startsWith("Missing required parameter for option")
                && message.replaceAll(".*'(--[^']+)'.*", "$1").equals("--profile")) {
            // clidriver reads --profile with a first-pass parser of its own, which has its own usage line.
            return new UsageException("argument --profile: expected one argument", UsageText.PROFILE_PARSER_USAGE);
        }
        if (!(command instanceof AwsCommand)) {
            validateChoices(rootGlobals);
            parsedGlobals = rootGlobals;
            validateValues(rootGlobals);
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> unknown = new ArrayList<>(unmatched.getUnmatched());
            if (command instanceof LeafCommand leaf) {
                return new UnknownOptionsException(unknown, leaf.isServiceOperation());
            }
            String first = unknown.isEmpty() ? "" : unknown.get(0);
            if (first.startsWith("-") && unknown.stream().allMatch(word -> word.startsWith("-"))
                    && List.of(args).stream().noneMatch(where.getSubcommands()::containsKey)) {
                // argparse leaves unknown options for the next parser: here there is none, the command is missing.
                if (command instanceof ConfigureCommand) {
                    return new UnknownOptionsException(unknown, false);
                }
                return new UsageException("the following arguments are required: "
                        + (command instanceof AwsCommand ? "command" : "operation"));
            }
            if (first.startsWith("-")) {
                return new UnknownOptionsException(unknown, true);
            }
            // argparse lists the choices in command-table order; the custom configure group calls them subcommands.
            List<String> names = new ArrayList<>(where.getSubcommands().keySet());
            String argument = command instanceof AwsCommand ? "command"
                    : command instanceof ConfigureCommand ? "subcommand" : "operation";
            return new UsageException(UsageText.invalidChoice(argument, first, names));
        }
        if (message != null && message.startsWith("Missing required parameter for option")) {
            return new UsageException("argument " + message.replaceAll(".*'(--[^']+)'.*", "$1")
                    + ": expected one argument");
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<String> names = new ArrayList<>();
            for (CommandLine.Model.ArgSpec arg : missing.getMissing()) {
                names.add(arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName()
                        : arg.paramLabel().replaceAll("[<>]", ""));
                if (!arg.isOption()) {
                    // picocli stops at the first missing positional; argparse names every one still missing.
                    List<CommandLine.Model.PositionalParamSpec> positionals = where.getCommandSpec()
                            .positionalParameters();
                    for (int i = positionals.indexOf(arg) + 1; i < positionals.size(); i++) {
                        if (positionals.get(i).required()) {
                            names.add(positionals.get(i).paramLabel().replaceAll("[<>]", ""));
                        }
                    }
                    break;
                }
            }
            return new UsageException("the following arguments are required: " + String.join(", ", names));
        }
        return new UsageException(message == null ? "invalid arguments" : message);
    }

    /** Creates command objects, passing the context to those that take it. */
    private static final class ContextFactory implements IFactory {
        private final CliContext ctx;
        private final IFactory fallback = CommandLine.defaultFactory();

        ContextFactory(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (LeafCommand.class.isAssignableFrom(type)) {
                Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class);
                return constructor.newInstance(ctx);
            }
            return fallback.create(type);
        }
    }
}
