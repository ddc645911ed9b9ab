package dev.ssocli.output;

import java.util.List;

/**
 * A botocore paginator definition ({@code paginators-1.json}) plus what the CLI's messages need from the operation's
 * input shape.
 *
 * @param operationName the operation, which is also the table title
 * @param resultKeys the top-level list members aggregated across pages; the first one is the primary key
 * @param inputToken the request member that carries the page token
 * @param outputToken the response member holding the next page token
 * @param limitKey the request member that carries the page size
 * @param inputMembers the operation's input members in model order (named by a parameter validation error)
 */
public record PaginatorConfig(String operationName, List<String> resultKeys, String inputToken, String outputToken,
        String limitKey, List<String> inputMembers) {
    /** {@code sso list-accounts} ({@code sso/2019-06-10/paginators-1.json}). */
    public static final PaginatorConfig SSO_LIST_ACCOUNTS = new PaginatorConfig("ListAccounts",
            List.of("accountList"), "nextToken", "nextToken", "maxResults",
            List.of("nextToken", "maxResults", "accessToken"));

    /** {@code sso list-account-roles}. */
    public static final PaginatorConfig SSO_LIST_ACCOUNT_ROLES = new PaginatorConfig("ListAccountRoles",
            List.of("roleList"), "nextToken", "nextToken", "maxResults",
            List.of("nextToken", "maxResults", "accessToken", "accountId"));

    public PaginatorConfig {
        resultKeys = List.copyOf(resultKeys);
        inputMembers = List.copyOf(inputMembers);
    }
}
