package dev.ssocli.cli;

import dev.ssocli.errors.UsageException;
import dev.ssocli.output.PageFetcher;
import dev.ssocli.output.PaginationArgs;
import picocli.CommandLine.Option;

/**
 * The paging options of a paginated operation (docs/cli-surface.md#sso-portal-commands): {@code --starting-token},
 * {@code --page-size}, {@code --max-items}, and the model's own {@code --next-token} / {@code --max-results}, which are
 * accepted but not documented and switch automatic pagination off.
 */
final class PagingOptions {
    @Option(names = "--starting-token", paramLabel = "<value>",
            description = "A token to specify where to start paginating. This is the NextToken from a previously "
                    + "truncated response.")
    String startingToken;

    @Option(names = "--page-size", paramLabel = "<value>",
            description = "The size of each page to get in the AWS service call.")
    String pageSize;

    @Option(names = "--max-items", paramLabel = "<value>",
            description = "The total number of items to return in the command's output.")
    String maxItems;

    @Option(names = "--next-token", paramLabel = "<value>", hidden = true)
    String nextToken;

    @Option(names = "--max-results", paramLabel = "<value>", hidden = true)
    String maxResults;

    private Integer maxResultsValue;

    /** The paging arguments; the raw model options turn automatic pagination off, as in the CLI. */
    PaginationArgs args(boolean noPaginateFlag) {
        maxResultsValue = maxResults == null ? null : parseInt("--max-results", maxResults);
        PaginationArgs args = PaginationArgs.parse(maxItems, startingToken, pageSize, noPaginateFlag);
        if (manual()) {
            return new PaginationArgs(args.maxItems(), args.startingToken(), args.pageSize(), true);
        }
        return args;
    }

    /** What fetches a page: the paginator's token and size, or with the raw options exactly what was asked. */
    PageFetcher fetcher(PageFetcher operation) {
        if (manual()) {
            return (token, size) -> operation.fetch(nextToken, maxResultsValue);
        }
        return operation;
    }

    private boolean manual() {
        return nextToken != null || maxResults != null;
    }

    private static Integer parseInt(String option, String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("argument " + option + ": invalid int value: '" + value + "'");
        }
    }
}
