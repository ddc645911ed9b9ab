package dev.ssocli.configure;

import dev.ssocli.aws.SdkCalls;
import dev.ssocli.configure.ProfilePopulation.Assignment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/**
 * Every account and role an access token reaches, through the portal's ListAccounts and ListAccountRoles. The roles
 * of many accounts are listed a few accounts at a time; a throttled call ({@code TooManyRequestsException}) is retried
 * with back-off by the SDK's retry policy, like any throttling error.
 */
public final class PortalAssignments {
    /** Accounts whose roles are listed at once: well inside the portal's request rate, enough to hide latency. */
    static final int CONCURRENT_ACCOUNTS = 8;

    private PortalAssignments() {
    }

    /**
     * The assignments of the accounts {@code accountFilter} (id, name) keeps, with the roles {@code roleFilter}
     * keeps, in account then role order as the portal returns them.
     */
    public static List<Assignment> list(SsoClient portal, String accessToken,
                                        BiPredicate<String, String> accountFilter, Predicate<String> roleFilter)
            throws InterruptedException {
        List<AccountInfo> accounts = SdkCalls.call("ListAccounts", () -> {
            List<AccountInfo> all = new ArrayList<>();
            portal.listAccountsPaginator(r -> r.accessToken(accessToken)).forEach(page -> all.addAll(
                    page.accountList()));
            return all;
        });
        List<AccountInfo> selected = accounts.stream()
                .filter(a -> accountFilter.test(a.accountId(), a.accountName())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(CONCURRENT_ACCOUNTS,
                selected.size())), runnable -> {
                    Thread thread = new Thread(runnable, "list-account-roles");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<List<Assignment>>> futures = new ArrayList<>();
            for (AccountInfo account : selected) {
                futures.add(pool.submit(() -> roles(portal, accessToken, account, roleFilter)));
            }
            List<Assignment> assignments = new ArrayList<>();
            for (Future<List<Assignment>> future : futures) {
                assignments.addAll(result(future));
            }
            return assignments;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Assignment> roles(SsoClient portal, String accessToken, AccountInfo account,
                                          Predicate<String> roleFilter) {
        return SdkCalls.call("ListAccountRoles", () -> {
            List<Assignment> all = new ArrayList<>();
            portal.listAccountRolesPaginator(r -> r.accessToken(accessToken).accountId(account.accountId()))
                    .forEach(page -> {
                        for (RoleInfo role : page.roleList()) {
                            if (roleFilter.test(role.roleName())) {
                                all.add(new Assignment(account.accountId(), account.accountName(),
                                        role.roleName()));
                            }
                        }
                    });
            return all;
        });
    }

    private static List<Assignment> result(Future<List<Assignment>> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
