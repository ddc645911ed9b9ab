package dev.ssocli.cli;

import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.errors.UsageException;
import dev.ssocli.output.PaginationArgs;
import dev.ssocli.service.ServiceSession;
import dev.ssocli.service.SsoPortalOperations;
import java.util.ArrayList;
import java.util.List;

/**
 * The required-argument check of the generated {@code sso} commands, done after parsing because
 * {@code --access-token} may be left out when the profile has an SSO configuration (beyond the CLI, which always
 * requires it); the missing options are listed in the model's member order, as argparse does.
 */
final class PortalOptions {
    private PortalOptions() {
    }

    /** {@code options} alternate name and value; a null value is missing. */
    static void requireAll(ServiceSession session, Object... options) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < options.length; i += 2) {
            String name = (String) options[i];
            if (options[i + 1] != null) {
                continue;
            }
            if (name.equals("--access-token") && SsoPortalOperations.profileHasSsoConfig(session)) {
                continue;
            }
            missing.add(name);
        }
        if (!missing.isEmpty()) {
            throw new UsageException("the following arguments are required: " + String.join(", ", missing));
        }
    }

    /**
     * {@code ensure_paging_params_not_set}: with pagination off (by {@code --no-paginate} or the raw model options)
     * the paginator's options must not be given; checked before the session is used, as the CLI does.
     */
    static void checkNoPaginate(PaginationArgs args) {
        if (!args.noPaginate()) {
            return;
        }
        List<String> used = new ArrayList<>();
        if (args.startingToken() != null && !args.startingToken().isEmpty()) {
            used.add("--starting-token");
        }
        if (args.pageSize() != null && args.pageSize() != 0) {
            used.add("--page-size");
        }
        if (args.maxItems() != null && args.maxItems() != 0) {
            used.add("--max-items");
        }
        if (!used.isEmpty()) {
            throw new ParamValidationException("Cannot specify --no-paginate along with pagination arguments: "
                    + String.join(", ", used));
        }
    }
}
