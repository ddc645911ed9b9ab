package dev.ssocli.cli;

import dev.ssocli.cache.SsoToken;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.configure.PortalAssignments;
import dev.ssocli.configure.ProfilePopulation;
import dev.ssocli.configure.ProfilePopulation.Action;
import dev.ssocli.configure.ProfilePopulation.Assignment;
import dev.ssocli.configure.ProfilePopulation.Change;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.sso.SsoConfigResolver;
import dev.ssocli.sso.SsoServices;
import dev.ssocli.sso.SsoSessionConfig;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws configure populate}: an addition to the AWS CLI; a profile for every account and role of a session. */
@Command(name = "populate", description = "Writes a native SSO profile (sso_session, sso_account_id, "
        + "sso_role_name) for every account and role the sso-session can reach, named by --profile-name-template, "
        + "with the global --region and --output written into each. Profiles it creates are marked with "
        + "sso_auto_populated = true; it never changes a profile it did not create. Running it twice changes "
        + "nothing. Needs a valid token: run aws sso login --sso-session NAME first. Not in the AWS CLI.")
public final class ConfigurePopulateCommand extends LeafCommand {
    @Option(names = "--sso-session", required = true, paramLabel = "<value>",
            description = "The sso-session whose accounts and roles get profiles.")
    String ssoSession;

    @Option(names = "--profile-name-template", paramLabel = "<template>",
            defaultValue = ProfilePopulation.DEFAULT_TEMPLATE,
            description = "How profiles are named, from {account_name}, {account_id}, {role_name} and "
                    + "{sso_session} (default: " + ProfilePopulation.DEFAULT_TEMPLATE + "). Characters other than "
                    + "letters, digits, '.', '_' and '-' become '-'.")
    String template;

    @Option(names = "--account", paramLabel = "<id-or-name>",
            description = "Only accounts whose id or name matches this glob (repeatable).")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--role", paramLabel = "<name>", description = "Only roles matching this glob (repeatable).")
    List<String> roles = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print what would be added, changed and removed; write nothing.")
    boolean dryRun;

    @Option(names = "--prune", description = "Remove profiles this command created earlier for this sso-session "
            + "that no longer match an account and role.")
    boolean prune;

    public ConfigurePopulateCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws InterruptedException {
        ProfilePopulation.checkTemplate(template);
        ProfilePopulation.Settings settings = new ProfilePopulation.Settings(ssoSession, template, globals().region,
                globals().output, accounts, roles, prune);
        try (SsoServices services = SsoServices.open(ctx, globals().profile, ClientFlags.of(globals(), ctx))) {
            SsoSessionConfig sso = SsoConfigResolver.session(services.config(), ssoSession);
            SsoToken token = services.tokenProvider().token(sso);
            List<Assignment> assignments = PortalAssignments.list(services.clients().portal(sso.region()),
                    token.accessToken(), (id, name) -> ProfilePopulation.accountSelected(settings, id, name),
                    role -> ProfilePopulation.roleSelected(settings, role));
            List<Change> changes = ProfilePopulation.plan(services.config(), assignments, settings);
            if (!dryRun) {
                ProfilePopulation.apply(new ConfigFileWriter(ctx.paths().configFile()), changes);
            }
            report(changes);
        }
        return ExitCodes.OK;
    }

    private void report(List<Change> changes) {
        PrintStream out = ctx.console().out();
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        for (Change change : changes) {
            counts.merge(change.action(), 1, Integer::sum);
            if (change.action() == Action.UNCHANGED) {
                continue;
            }
            String line = change.action().verb(dryRun) + " profile " + change.profile()
                    + (change.assignment() == null ? "" : " (" + change.assignment().accountId() + " "
                    + change.assignment().accountName() + ", " + change.assignment().roleName() + ")");
            if (change.action() == Action.SKIP) {
                ctx.console().err().print(line + ": a profile of that name exists and was not created by "
                        + "configure populate\n");
            } else {
                out.print(line + "\n");
            }
        }
        out.print((dryRun ? "Would add " : "Added ") + counts.getOrDefault(Action.ADD, 0) + ", "
                + (dryRun ? "change " : "changed ") + counts.getOrDefault(Action.CHANGE, 0) + ", "
                + (dryRun ? "remove " : "removed ") + counts.getOrDefault(Action.REMOVE, 0) + " profiles; "
                + counts.getOrDefault(Action.UNCHANGED, 0) + " unchanged, " + counts.getOrDefault(Action.SKIP, 0)
                + " skipped\n");
    }
}
