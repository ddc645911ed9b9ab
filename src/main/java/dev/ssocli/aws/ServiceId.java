package dev.ssocli.aws;

/**
 * The three services the SSO commands talk to, with the names their endpoint overrides use
 * (docs/wire-protocols.md#configured-endpoint-overrides: {@code AWS_ENDPOINT_URL_<SERVICE>} and the {@code [services]}
 * sub-key).
 */
public enum ServiceId {
    SSO_OIDC("sso_oidc", "AWS_ENDPOINT_URL_SSO_OIDC"),
    SSO("sso", "AWS_ENDPOINT_URL_SSO"),
    STS("sts", "AWS_ENDPOINT_URL_STS");

    private final String servicesKey;
    private final String environmentVariable;

    ServiceId(String servicesKey, String environmentVariable) {
        this.servicesKey = servicesKey;
        this.environmentVariable = environmentVariable;
    }

    /** The sub-key inside a {@code [services NAME]} section, e.g. {@code sso_oidc}. */
    public String servicesKey() {
        return servicesKey;
    }

    /** The service-specific environment variable, e.g. {@code AWS_ENDPOINT_URL_SSO_OIDC}. */
    public String environmentVariable() {
        return environmentVariable;
    }
}
