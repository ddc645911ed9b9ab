package dev.ssocli.configure;

import dev.ssocli.sso.SsoSessionConfig;
import dev.ssocli.sso.LoginFlowChoice;
import dev.ssocli.sso.SsoLogin;
import dev.ssocli.sso.AuthorizationPrompt;
import dev.ssocli.sso.SsoConfigResolver;
import dev.ssocli.sso.SsoServices;
import dev.ssocli.sso.StartUrlResolver;
import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.SsoToken;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.config.ProfileName;
import dev.ssocli.config.SsoSessionRules;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ServiceException;
import dev.ssocli.runtime.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/**
 * {@code aws configure sso} as current AWS CLI v2 runs it (docs/cli-surface.md#configure-sso and #login-messages):
 * session name (empty = legacy format), start URL, region and scopes for a new session, the login (forced for a new
 * session, a cached token reused otherwise), account and role, default region and output, profile name, then the
 * profile section and the sso-session section written in the CLI's key order, and the closing text. Every answer can
 * also come from a flag ({@link Answers}).
 */
public final class ConfigureSsoWizard {
    private final SsoServices services;
    private final Console console;
    private final ConfigFileWriter writer;
    private final Prompter prompter;

    public ConfigureSsoWizard(SsoServices services, Console console, ConfigFileWriter writer) {
        this.services = services;
        this.console = console;
        this.writer = writer;
        this.prompter = new Prompter(console, Prompter.PipedInput.NAME_THE_FLAG);
    }

    /**
     * Answers given on the command line; null means "ask". {@code sessionName} empty selects the legacy format
     * (unless the profile already names a session, which empty keeps, as Enter does).
     */
    public record Answers(String sessionName, String startUrl, String region, String registrationScopes,
                          String accountId, String roleName, String defaultRegion, String defaultOutput) {
    }

    /** How to log in when a login is needed. */
    public record LoginChoices(boolean noBrowser, boolean useDeviceCode) {
    }

    public void run(ProfileName profile, Answers answers, LoginChoices login)
            throws IOException, InterruptedException {
        AwsConfig config = services.config();
        PrintStream out = console.out();
        Map<String, String> profileConfig = config.profile(profile.name()).map(ConfigSection::properties)
                .orElse(Map.of());
        Map<String, String> newProfileValues = new LinkedHashMap<>();

        String currentSession = profileConfig.get("sso_session");
        String sessionPrompt = currentSession != null ? "SSO session name [" + currentSession + "]: "
                : "SSO session name (Recommended): ";
        String session = prompter.ask(sessionPrompt, currentSession, Prompter.Check.NONE,
                "--sso-session-name", answers.sessionName());

        SsoSessionConfig ssoConfig;
        String oidcStartUrl;
        boolean forceLogin;
        Map<String, String> sessionValues;
        if (session == null) {
            warnLegacy(out);
            sessionValues = newProfileValues;
            copyIfPresent(profileConfig, sessionValues, "sso_start_url", "sso_region");
            StartUrlAnswer start = askStartUrlAndRegion(sessionValues, answers);
            ssoConfig = SsoSessionConfig.legacy(start.startUrl(), start.region());
            oidcStartUrl = start.oidcStartUrl();
            forceLogin = false;
        } else {
            newProfileValues.put("sso_session", session);
            sessionValues = new LinkedHashMap<>(config.ssoSession(session).map(ConfigSection::properties)
                    .orElse(Map.of()));
            if (config.ssoSession(session).isPresent()) {
                ssoConfig = SsoConfigResolver.session(config, session);
                oidcStartUrl = ssoConfig.startUrl();    // an existing session is not looked up, as in the CLI
                forceLogin = false;
            } else {
                copyIfPresent(profileConfig, sessionValues, "sso_start_url", "sso_region");
                StartUrlAnswer start = askStartUrlAndRegion(sessionValues, answers);
                oidcStartUrl = start.oidcStartUrl();
                sessionValues.putIfAbsent("sso_registration_scopes", SsoSessionRules.DEFAULT_SCOPE);
                String scopes = ask("SSO registration scopes", sessionValues, "sso_registration_scopes",
                        SsoSessionRules::scopesProblem, "--sso-registration-scopes", answers.registrationScopes());
                ssoConfig = new SsoSessionConfig(session, start.startUrl(), start.region(),
                        SsoSessionRules.parseScopes(scopes == null ? "" : scopes));
                forceLogin = true;
            }
        }

        AuthorizationPrompt prompt = (login.noBrowser() ? AuthorizationPrompt.printOnly(out)
                : AuthorizationPrompt.openBrowser(out, services.browser())).onTerminal(console.stdoutIsTerminal());
        int port = LoginFlowChoice.redirectPort(null, config, ssoConfig);
        // Only a forced login is sure to open the browser; otherwise a cached token may be reused silently.
        boolean deviceCode = forceLogin ? LoginFlowChoice.useDeviceCode(login.useDeviceCode(), port, ssoConfig,
                services.browser(), console.err()) : login.useDeviceCode();
        SsoToken token = services.login().login(ssoConfig, oidcStartUrl,
                new SsoLogin.Options(deviceCode, forceLogin, port), prompt);

        String accountId = null;
        String roleName = null;
        SsoClient portal = services.clients().portal(ssoConfig.region());
        try {
            accountId = chooseAccount(portal, token, answers.accountId());
            newProfileValues.put("sso_account_id", accountId);
            roleName = chooseRole(portal, token, accountId, answers.roleName());
            newProfileValues.put("sso_role_name", roleName);
        } catch (ServiceException e) {
            if (!"UnauthorizedException".equals(e.errorCode())) {
                throw e;
            }
            out.print("Unable to list AWS accounts and/or roles. "
                    + "Skipping configuring AWS credential provider for profile.\n");
        }

        String region = prompter.ask(bracketed("Default client Region", profileConfig.get("region")),
                profileConfig.get("region"), Prompter.Check.NONE, "--default-region", answers.defaultRegion());
        if (region != null && !region.isEmpty()) {
            newProfileValues.put("region", region);
        }
        String output = prompter.ask(bracketed("CLI default output format (json if not specified)",
                profileConfig.get("output")), profileConfig.get("output"), Prompter.Check.NONE,
                "--default-output", answers.defaultOutput());
        if (output != null && !output.isEmpty()) {
            newProfileValues.put("output", output);
        }

        String profileName;
        if (profile.explicit()) {
            profileName = profile.name();
        } else {
            String suggested = accountId != null && roleName != null ? roleName + "-" + accountId : null;
            profileName = prompter.ask(bracketed("Profile name", suggested), suggested,
                    (text, current) -> text.isEmpty() && current == null ? "A value is required" : null,
                    "--profile", null);
        }

        // one write for both sections: a crash in between must not leave a profile naming a missing session
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        if (!newProfileValues.isEmpty()) {
            sections.put(ConfigFileWriter.profileSectionName(profileName), new LinkedHashMap<>(newProfileValues));
        }
        if (session != null) {
            sections.put(ConfigFileWriter.ssoSessionSectionName(session), new LinkedHashMap<>(sessionValues));
        }
        if (!sections.isEmpty()) {
            writer.updateSections(sections);
        }
        out.print(conclusion(accountId != null && roleName != null, profileName));
        out.flush();
    }

    /** The start URL, the SSO region and the start URL to send to SSO OIDC (the resolved one for a vanity URL). */
    private record StartUrlAnswer(String startUrl, String region, String oidcStartUrl) {
    }

    /**
     * The CLI's {@code _prompt_for_sso_start_url_and_sso_region}: the start URL, then, for a host AWS does not own,
     * a lookup that answers the region (the prompt is skipped) or, when it fails, the region prompt
     * (docs/wire-protocols.md#vanity-start-urls). An explicit {@code --sso-region} wins over the looked-up region.
     */
    private StartUrlAnswer askStartUrlAndRegion(Map<String, String> values, Answers answers) throws IOException {
        String startUrl = askStartUrl(values, answers);
        // the CLI has unset the profile by now: ca_bundle comes from the default profile
        Optional<StartUrlResolver.Resolution> resolved = VanityLookup.tryResolve(
                services.startUrlResolver("default", StartUrlResolver.DEFAULT_TIMEOUT), startUrl);
        if (resolved.isPresent()) {
            String region = answers.region() != null && !answers.region().isEmpty() ? answers.region()
                    : resolved.get().region();
            values.put("sso_region", region);
            return new StartUrlAnswer(startUrl, region, resolved.get().startUrl());
        }
        return new StartUrlAnswer(startUrl, askRegion(values, answers), startUrl);
    }

    private String askStartUrl(Map<String, String> values, Answers answers) throws IOException {
        return ask("SSO start URL", values, "sso_start_url", SsoSessionRules::startUrlProblem,
                "--sso-start-url", answers.startUrl());
    }

    private String askRegion(Map<String, String> values, Answers answers) throws IOException {
        return ask("SSO region", values, "sso_region",
                (text, current) -> text.isEmpty() && current == null ? "A value is required" : null,
                "--sso-region", answers.region());
    }

    /** The CLI's {@code _prompt_for}: the current value comes from, and a non-empty answer goes to, {@code values}. */
    private String ask(String text, Map<String, String> values, String key, Prompter.Check check, String flag,
                       String flagValue) throws IOException {
        String current = values.get(key);
        String answer = prompter.ask(bracketed(text, current), current, check, flag, flagValue);
        if (answer != null && !answer.isEmpty()) {
            values.put(key, answer);
        }
        return answer;
    }

    private String chooseAccount(SsoClient portal, SsoToken token, String flagValue)
            throws IOException, InterruptedException {
        List<AccountInfo> accounts = SdkCalls.call("ListAccounts", () -> {
            List<AccountInfo> all = new ArrayList<>();
            portal.listAccountsPaginator(r -> r.accessToken(token.accessToken())).forEach(page -> {
                if (page.accountList() != null) {
                    all.addAll(page.accountList());
                }
            });
            return all;
        });
        PrintStream out = console.out();
        if (accounts.isEmpty()) {
            throw new GeneralException("No AWS accounts are available to you.");
        }
        AccountInfo chosen;
        if (flagValue != null) {
            chosen = prompter.choose(accounts, AccountInfo::accountId, ConfigureSsoWizard::displayAccount,
                    "account", "--account-id", flagValue, null);
        } else if (accounts.size() == 1) {
            chosen = accounts.get(0);
            out.print("The only AWS account available to you is: " + chosen.accountId() + "\n");
        } else {
            out.print("There are " + accounts.size() + " AWS accounts available to you.\n");
            List<AccountInfo> sorted = new ArrayList<>(accounts);
            sorted.sort(ACCOUNT_ORDER);
            chosen = prompter.choose(sorted, AccountInfo::accountId, ConfigureSsoWizard::displayAccount, "account",
                    "--account-id", null, "No matching accounts found");
        }
        out.print("Using the account ID " + chosen.accountId() + "\n");
        return chosen.accountId();
    }

    private String chooseRole(SsoClient portal, SsoToken token, String accountId, String flagValue)
            throws IOException, InterruptedException {
        List<RoleInfo> roles = SdkCalls.call("ListAccountRoles", () -> {
            List<RoleInfo> all = new ArrayList<>();
            portal.listAccountRolesPaginator(r -> r.accessToken(token.accessToken()).accountId(accountId))
                    .forEach(page -> {
                        if (page.roleList() != null) {
                            all.addAll(page.roleList());
                        }
                    });
            return all;
        });
        PrintStream out = console.out();
        if (roles.isEmpty()) {
            throw new GeneralException("No roles are available for the account " + accountId);
        }
        RoleInfo chosen;
        if (flagValue != null) {
            chosen = prompter.choose(roles, RoleInfo::roleName, RoleInfo::roleName, "role", "--role-name", flagValue,
                    null);
        } else if (roles.size() == 1) {
            chosen = roles.get(0);
            out.print("The only role available to you is: " + chosen.roleName() + "\n");
        } else {
            out.print("There are " + roles.size() + " roles available to you.\n");
            List<RoleInfo> sorted = new ArrayList<>(roles);
            sorted.sort(Comparator.comparing(r -> r.roleName().toLowerCase(Locale.ROOT)));
            chosen = prompter.choose(sorted, RoleInfo::roleName, RoleInfo::roleName, "role", "--role-name", null,
                    "No matching roles found");
        }
        out.print("Using the role name \"" + chosen.roleName() + "\"\n");
        return chosen.roleName();
    }

    /**
     * CLI 2.34.24's order: by name, else email, else id, case-insensitively; accounts with neither name nor email
     * last.
     */
    static final Comparator<AccountInfo> ACCOUNT_ORDER = Comparator
            .comparing((AccountInfo a) -> a.accountName() == null && a.emailAddress() == null)
            .thenComparing(a -> (a.accountName() != null ? a.accountName()
                    : a.emailAddress() != null ? a.emailAddress() : a.accountId()).toLowerCase(Locale.ROOT));

    /** The CLI's {@code display_account}. */
    static String displayAccount(AccountInfo account) {
        if (account.accountName() == null && account.emailAddress() == null) {
            return account.accountId();
        }
        if (account.emailAddress() == null) {
            return account.accountName() + " (" + account.accountId() + ")";
        }
        if (account.accountName() == null) {
            return account.emailAddress() + " (" + account.accountId() + ")";
        }
        return account.accountName() + ", " + account.emailAddress() + " (" + account.accountId() + ")";
    }

    private void warnLegacy(PrintStream out) {
        String warning = "WARNING: Configuring using legacy format (e.g. without an SSO session).\n"
                + "Consider re-running \"configure sso\" command and providing a session name.\n";
        out.print(console.stdoutIsTerminal() ? "\u001b[1m" + warning + "\u001b[0m" : warning);
    }

    private static String conclusion(boolean configuredCredentials, String profileName) {
        if (!configuredCredentials) {
            return "Successfully configured SSO for profile: " + profileName + "\n";
        }
        if (profileName.toLowerCase(Locale.ROOT).equals("default")) {
            return "The AWS CLI is now configured to use the default profile.\n"
                    + "Run the following command to verify your configuration:\n\naws sts get-caller-identity\n";
        }
        return "To use this profile, specify the profile name using --profile, as shown:\n\n"
                + "aws sts get-caller-identity --profile " + profileName + "\n";
    }

    private static String bracketed(String text, String current) {
        return text + " [" + (current == null ? "None" : current) + "]: ";
    }

    private static void copyIfPresent(Map<String, String> from, Map<String, String> to, String... keys) {
        for (String key : keys) {
            if (from.containsKey(key)) {
                to.put(key, from.get(key));
            }
        }
    }
}
