package dev.ssocli.config;

/** A key pair and the provider method that found it ({@code env}, {@code shared-credentials-file}, {@code sso}...). */
public final class ListedCredentials {
    private final String accessKeyId;
    private final String secretAccessKey;
    private final String method;

    public ListedCredentials(String accessKeyId, String secretAccessKey, String method) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.method = method;
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String secretAccessKey() {
        return secretAccessKey;
    }

    /** The botocore provider method name shown in the Type column. */
    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return "ListedCredentials[" + method + "]";
    }
}
