package dev.ssocli.emulator.portal;

import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.http.Request;
import dev.ssocli.emulator.http.Response;
import dev.ssocli.emulator.state.CallerIdentity;
import dev.ssocli.emulator.state.Directory;
import dev.ssocli.emulator.state.EmulatorState;
import dev.ssocli.emulator.state.IssuedCredentials;
import dev.ssocli.emulator.state.LoginSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SSO portal (restJson1, docs/wire-protocols.md#portal): ListAccounts, ListAccountRoles, GetRoleCredentials,
 * Logout. The bearer token travels in {@code x-amz-sso_bearer_token}.
 */
public final class PortalService {
    static final String BEARER_HEADER = "x-amz-sso_bearer_token";
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final EmulatorState state;

    public PortalService(EmulatorState state) {
        this.state = state;
    }

    public Response listAccounts(Request request) {
        authenticate(request);
        List<Directory.Account> accounts = state.directory().accounts();
        Page page = page(request, "accounts", accounts.size());
        List<Object> list = new ArrayList<>();
        for (Directory.Account account : accounts.subList(page.from, page.to)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("accountId", account.accountId());
            if (account.accountName() != null) {
                item.put("accountName", account.accountName());
            }
            if (account.emailAddress() != null) {
                item.put("emailAddress", account.emailAddress());
            }
            list.add(item);
        }
        return Response.json(200, page.body("accountList", list));
    }

    public Response listAccountRoles(Request request) {
        authenticate(request);
        String accountId = requiredAccountId(request);
        List<String> roles = state.directory().account(accountId).map(Directory.Account::roles).orElse(List.of());
        Page page = page(request, "roles:" + accountId, roles.size());
        List<Object> list = new ArrayList<>();
        for (String role : roles.subList(page.from, page.to)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("roleName", role);
            item.put("accountId", accountId);
            list.add(item);
        }
        return Response.json(200, page.body("roleList", list));
    }

    public Response getRoleCredentials(Request request) {
        LoginSession session = authenticate(request);
        String roleName = request.query().get("role_name");
        if (roleName == null || roleName.isEmpty()) {
            throw invalid("role_name is required");
        }
        String accountId = requiredAccountId(request);
        if (!state.directory().isAssigned(accountId, roleName)) {
            throw new ApiException(403, "ForbiddenException", "No access");
        }
        IssuedCredentials credentials = state.credentials().issue(
                CallerIdentity.ssoRole(accountId, roleName, session.userEmail()), session,
                state.settings().roleCredentialsTtl());
        Map<String, Object> roleCredentials = new LinkedHashMap<>();
        roleCredentials.put("accessKeyId", credentials.accessKeyId());
        roleCredentials.put("secretAccessKey", credentials.secretAccessKey());
        roleCredentials.put("sessionToken", credentials.sessionToken());
        roleCredentials.put("expiration", credentials.expiresAt().toEpochMilli());
        return Response.json(200, Map.of("roleCredentials", roleCredentials));
    }

    public Response logout(Request request) {
        state.tokens().logout(request.header(BEARER_HEADER));
        return Response.empty(200);
    }

    private LoginSession authenticate(Request request) {
        return state.tokens().authenticate(request.header(BEARER_HEADER));
    }

    private static String requiredAccountId(Request request) {
        String accountId = request.query().get("account_id");
        if (accountId == null || accountId.isEmpty()) {
            throw invalid("account_id is required");
        }
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw invalid("Invalid account_id");
        }
        return accountId;
    }

    /** One page of a list: {@code max_result} (1-100) and an opaque {@code next_token} bound to the list. */
    private static Page page(Request request, String listName, int size) {
        int pageSize = DEFAULT_PAGE_SIZE;
        String maxResult = request.query().get("max_result");
        if (maxResult != null) {
            try {
                pageSize = Integer.parseInt(maxResult);
            } catch (NumberFormatException e) {
                throw invalid("Invalid max_result");
            }
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                throw invalid("max_result must be between 1 and " + MAX_PAGE_SIZE);
            }
        }
        int from = 0;
        String nextToken = request.query().get("next_token");
        if (nextToken != null && !nextToken.isEmpty()) {
            from = decodeToken(nextToken, listName);
            if (from > size) {
                throw invalid("Invalid next_token");
            }
        }
        int to = Math.min(size, from + pageSize);
        return new Page(from, to, to < size ? encodeToken(listName, to) : null);
    }

    private static String encodeToken(String listName, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((listName + "/" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeToken(String token, String listName) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int slash = decoded.lastIndexOf('/');
            if (slash < 0 || !decoded.substring(0, slash).equals(listName)) {
                throw invalid("Invalid next_token");
            }
            int offset = Integer.parseInt(decoded.substring(slash + 1));
            if (offset < 0) {
                throw invalid("Invalid next_token");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw invalid("Invalid next_token");
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, "InvalidRequestException", message);
    }

    private record Page(int from, int to, String nextToken) {
        Map<String, Object> body(String listKey, List<Object> items) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (nextToken != null) {
                body.put("nextToken", nextToken);
            }
            body.put(listKey, items);
            return body;
        }
    }
}
