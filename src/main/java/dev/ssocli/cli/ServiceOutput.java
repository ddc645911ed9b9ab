package dev.ssocli.cli;

import dev.ssocli.config.ConfigSection;
import dev.ssocli.output.OutputSettings;
import dev.ssocli.output.Pager;
import dev.ssocli.output.ResponsePrinter;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.service.ServiceSession;
import java.util.Optional;

/** The printer of a service command: format and pager from the options, the environment and the active profile. */
final class ServiceOutput {
    private ServiceOutput() {
    }

    static ResponsePrinter printer(CliContext ctx, GlobalOptions globals, ServiceSession session) {
        Optional<ConfigSection> profile = session.activeProfile();
        boolean terminal = ctx.console().stdoutIsTerminal();
        OutputSettings settings = OutputSettings.resolve(globals.output, ctx.env().get("AWS_DEFAULT_OUTPUT"),
                profile.flatMap(p -> p.get("output")).orElse(null), globals.query, globals.color, terminal,
                ctx.console().terminal()::stdoutColumns);
        Pager pager = Pager.resolve(ctx.env().asMap(), profile.flatMap(p -> p.get("cli_pager")).orElse(null),
                globals.noCliPager, terminal);
        return new ResponsePrinter(settings, ctx.console().out(), pager);
    }
}
