package dev.ssocli.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The AWS CLI's global options, accepted before or after the command path (docs/cli-surface.md#global-options). */
public final class GlobalOptions {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Turn on debug logging.")
    public boolean debug;

    @Option(names = "--endpoint-url", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "Override command's default URL with the given URL.")
    public String endpointUrl;

    @Option(names = "--no-verify-ssl", scope = ScopeType.INHERIT,
            description = "Do not verify SSL certificates.")
    public boolean noVerifySsl;

    @Option(names = "--no-paginate", scope = ScopeType.INHERIT, description = "Disable automatic pagination.")
    public boolean noPaginate;

    @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "The formatting style for command output: json, text, table, yaml, yaml-stream.")
    public String output;

    @Option(names = "--query", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "A JMESPath query to use in filtering the response data.")
    public String query;

    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "Use a specific profile from your credential file.")
    public String profile;

    @Option(names = "--region", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "The region to use. Overrides config/env settings.")
    public String region;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "Turn on/off color output: on, off, auto.")
    public String color;

    @Option(names = "--no-sign-request", scope = ScopeType.INHERIT,
            description = "Do not sign requests. Credentials will not be loaded.")
    public boolean noSignRequest;

    @Option(names = "--ca-bundle", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "The CA certificate bundle to use when verifying SSL certificates.")
    public String caBundle;

    @Option(names = "--cli-read-timeout", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "The maximum socket read time in seconds (0 = blocking, default 60).")
    public String cliReadTimeout;

    @Option(names = "--cli-connect-timeout", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "The maximum socket connect time in seconds (0 = blocking, default 60).")
    public String cliConnectTimeout;

    @Option(names = "--cli-binary-format", scope = ScopeType.INHERIT, paramLabel = "<value>",
            description = "The formatting style to be used for binary blobs.")
    public String cliBinaryFormat;

    @Option(names = "--no-cli-pager", scope = ScopeType.INHERIT, description = "Disable cli pager for output.")
    public boolean noCliPager;

    @Option(names = "--cli-auto-prompt", scope = ScopeType.INHERIT, description = "Automatically prompt for CLI input parameters.")
    public boolean cliAutoPrompt;

    @Option(names = "--no-cli-auto-prompt", scope = ScopeType.INHERIT, description = "Disable automatically prompt for CLI input parameters.")
    public boolean noCliAutoPrompt;
}
