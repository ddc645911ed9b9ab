package dev.ssocli.creds;

import java.time.OffsetDateTime;

/**
 * One set of AWS credentials as a credential source produced them; {@code toString()} never shows the secrets.
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret access key
 * @param sessionToken the session token of temporary credentials, or null
 * @param expiration when temporary credentials expire (with the offset the source gave), or null
 */
public record AwsCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
                             OffsetDateTime expiration) {

    @Override
    public String toString() {
        String id = accessKeyId == null ? "null" : accessKeyId.length() <= 4 ? "****"
                : "****" + accessKeyId.substring(accessKeyId.length() - 4);
        return "AwsCredentials[accessKeyId=" + id + ", secretAccessKey=****"
                + (sessionToken == null ? "" : ", sessionToken=****") + ", expiration=" + expiration + "]";
    }
}
