package dev.ssocli.cli;

import dev.ssocli.config.SubSection;
import dev.ssocli.errors.UsageException;
import picocli.CommandLine.Option;

/** {@code --sso-session NAME} | {@code --services NAME} of {@code configure get/set} (AWS CLI 2.34.22). */
final class SubSectionOptions {
    @Option(names = "--sso-session", paramLabel = "<value>", description = "The sso-session sub-section to use.")
    String ssoSession;

    @Option(names = "--services", paramLabel = "<value>", description = "The services sub-section to use.")
    String services;

    /** The addressed sub-section, or null when neither option was given. */
    SubSection toSubSection() {
        if (ssoSession != null && services != null) {
            throw new UsageException("argument --services: not allowed with argument --sso-session");
        }
        if (ssoSession != null) {
            return SubSection.ssoSession(ssoSession);
        }
        return services != null ? SubSection.services(services) : null;
    }
}
