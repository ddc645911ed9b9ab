package dev.ssocli.emulator.state;

import dev.ssocli.emulator.http.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The user and the account/role assignments the emulator serves.
 *
 * <p>JSON form ({@code --directory FILE}):
 * <pre>{"user": {"email": "alice@example.com"},
 *  "accounts": [{"accountId": "123456789012", "accountName": "Account1",
 *                "emailAddress": "account1@example.com", "roles": ["ReadOnly"]}]}</pre>
 * {@code accountName} and {@code emailAddress} may be omitted (the portal then omits them too).
 */
public record Directory(String userEmail, List<Account> accounts) {
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    /** One AWS account and the roles (permission sets) the user is assigned in it. */
    public record Account(String accountId, String accountName, String emailAddress, List<String> roles) {
        public Account {
            roles = List.copyOf(roles);
        }
    }

    public Directory {
        accounts = List.copyOf(accounts);
    }

    /** The built-in directory: the accounts and roles of the project's examples. */
    public static Directory defaults() {
        return new Directory("alice@example.com", List.of(
                new Account("123456789012", "Account1", "account1@example.com",
                        List.of("AdministratorAccess", "DataScientist", "ReadOnly")),
                new Account("210987654321", "Account2", "account2@example.com",
                        List.of("AdministratorAccess", "ReadOnly")),
                new Account("555555555555", "Account3", "account3@example.com", List.of("ReadOnly"))));
    }

    public Optional<Account> account(String accountId) {
        return accounts.stream().filter(a -> a.accountId().equals(accountId)).findFirst();
    }

    public boolean isAssigned(String accountId, String roleName) {
        return account(accountId).map(a -> a.roles().contains(roleName)).orElse(false);
    }

    /** Reads the JSON form; throws {@link IllegalArgumentException} saying what is wrong. */
    public static Directory parse(String json) {
        Object root;
        try {
            root = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
        Map<?, ?> top = object(root, "the document");
        Map<?, ?> user = object(top.get("user"), "\"user\"");
        String email = string(user.get("email"), "\"user.email\"", true);
        Object accountsValue = top.get("accounts");
        if (!(accountsValue instanceof List)) {
            throw new IllegalArgumentException("\"accounts\" must be a list");
        }
        List<Account> accounts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Object item : (List<?>) accountsValue) {
            String where = "\"accounts[" + index++ + "]";
            Map<?, ?> account = object(item, where + "\"");
            String id = string(account.get("accountId"), where + ".accountId\"", true);
            if (!ACCOUNT_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(where + ".accountId\" must be 12 digits");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException("duplicate account " + id);
            }
            Object rolesValue = account.get("roles");
            if (!(rolesValue instanceof List)) {
                throw new IllegalArgumentException(where + ".roles\" must be a list");
            }
            List<String> roles = new ArrayList<>();
            for (Object role : (List<?>) rolesValue) {
                roles.add(string(role, where + ".roles\" item", true));
            }
            accounts.add(new Account(id, string(account.get("accountName"), where + ".accountName\"", false),
                    string(account.get("emailAddress"), where + ".emailAddress\"", false), roles));
        }
        return new Directory(email, accounts);
    }

    private static Map<?, ?> object(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(what + " must be an object");
        }
        return (Map<?, ?>) value;
    }

    private static String string(Object value, String what, boolean required) {
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String) || ((String) value).isEmpty()) {
            throw new IllegalArgumentException(what + " must be a non-empty string");
        }
        return (String) value;
    }
}
