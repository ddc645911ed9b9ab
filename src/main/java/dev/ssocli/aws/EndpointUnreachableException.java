package dev.ssocli.aws;

import software.amazon.awssdk.core.exception.SdkClientException;

/** A request never got an HTTP answer; carries the URL for botocore's connection messages (cli-surface.md §8). */
public final class EndpointUnreachableException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /** What went wrong on the socket, each with the text botocore prints. */
    public enum Kind {
        CONNECT("Could not connect to the endpoint URL: \"%s\""),
        CONNECT_TIMEOUT("Connect timeout on endpoint URL: \"%s\""),
        READ_TIMEOUT("Read timeout on endpoint URL: \"%s\""),
        SSL("SSL validation failed for %s %s"),
        CLOSED("Connection was closed before we received a valid response from endpoint URL: \"%s\".");

        private final String template;

        Kind(String template) {
            this.template = template;
        }
    }

    private final String url;
    private final Kind kind;
    private final String detail;

    EndpointUnreachableException(SdkClientException original, String url, Kind kind, String detail) {
        super(SdkClientException.builder().message(original.getMessage()).cause(original.getCause())
                .numAttempts(original.numAttempts()));
        this.url = url;
        this.kind = kind;
        this.detail = detail;
    }

    public String url() {
        return url;
    }

    public Kind kind() {
        return kind;
    }

    /** The message the AWS CLI prints for this failure. */
    public String cliMessage() {
        return String.format(kind.template, url, detail == null ? "" : detail).stripTrailing();
    }
}
