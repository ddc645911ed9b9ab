package dev.ssocli.creds;

import dev.ssocli.python.PythonDateTimes;
import dev.ssocli.python.PythonJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The formats of {@code aws configure export-credentials --format}, byte for byte as the CLI writes them
 * (docs/cli-surface.md#configure-export-credentials, {@code awscli/customizations/configure/exportcreds.py}): the
 * session token and expiration lines only when the credentials have them, values unquoted and unescaped in the shell
 * formats, the expiration as Python's {@code isoformat()}.
 */
public enum ExportFormat {
    PROCESS("process", null),
    ENV("env", "export %s=%s"),
    ENV_NO_EXPORT("env-no-export", "%s=%s"),
    POWERSHELL("powershell", "$Env:%s=\"%s\""),
    WINDOWS_CMD("windows-cmd", "set %s=%s"),
    FISH("fish", "set -gx %s \"%s\"");

    private final String cliName;
    private final String lineFormat;

    ExportFormat(String cliName, String lineFormat) {
        this.cliName = cliName;
        this.lineFormat = lineFormat;
    }

    /** The {@code --format} value. */
    public String cliName() {
        return cliName;
    }

    /** The {@code --format} choices in the CLI's order. */
    public static List<String> choices() {
        return java.util.Arrays.stream(values()).map(ExportFormat::cliName).toList();
    }

    /** The format named {@code name}, or null. */
    public static ExportFormat of(String name) {
        for (ExportFormat format : values()) {
            if (format.cliName.equals(name)) {
                return format;
            }
        }
        return null;
    }

    /** The text the CLI prints for {@code credentials}. */
    public String render(AwsCredentials credentials) {
        String expiration = credentials.expiration() == null ? null
                : PythonDateTimes.isoformat(credentials.expiration());
        if (this == PROCESS) {
            // json.dumps(output, indent=2, separators=(',', ': ')) plus a newline.
            StringBuilder out = new StringBuilder("{\n  \"Version\": 1");
            member(out, "AccessKeyId", credentials.accessKeyId());
            member(out, "SecretAccessKey", credentials.secretAccessKey());
            if (credentials.sessionToken() != null) {
                member(out, "SessionToken", credentials.sessionToken());
            }
            if (expiration != null) {
                member(out, "Expiration", expiration);
            }
            return out.append("\n}\n").toString();
        }
        StringBuilder out = new StringBuilder();
        variables(credentials).forEach((name, value) -> line(out, name, value));
        return out.toString();
    }

    /**
     * The environment variables of the shell formats, in their order: the session token and expiration only when the
     * credentials have them (also what {@code aws sso exec} gives its command).
     */
    public static Map<String, String> variables(AwsCredentials credentials) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
        variables.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
        if (credentials.sessionToken() != null) {
            variables.put("AWS_SESSION_TOKEN", credentials.sessionToken());
        }
        if (credentials.expiration() != null) {
            variables.put("AWS_CREDENTIAL_EXPIRATION", PythonDateTimes.isoformat(credentials.expiration()));
        }
        return variables;
    }

    private static void member(StringBuilder out, String key, String value) {
        out.append(",\n  \"").append(key).append("\": ").append(PythonJson.DEFAULT.dumps(value));
    }

    private void line(StringBuilder out, String name, String value) {
        out.append(String.format(lineFormat, name, value)).append('\n');
    }
}
