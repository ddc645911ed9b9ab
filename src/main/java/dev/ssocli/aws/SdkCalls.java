package dev.ssocli.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ssocli.errors.CliException;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ServiceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one SDK call and turns its failures into the CLI's errors: a service error becomes
 * {@code An error occurred (Code) when calling the Op operation: Msg} (exit 254), a socket failure botocore's
 * {@code Could not connect to the endpoint URL: "<url>"} family (exit 255).
 */
public final class SdkCalls {
    private static final JsonFactory JSON = new JsonFactory();

    private SdkCalls() {
    }

    /** Runs {@code call}, named {@code operation} in error messages (e.g. {@code CreateToken}). */
    public static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(e, operation);
        }
    }

    /** The CLI error for an SDK failure of {@code operation}. */
    public static CliException translate(SdkException failure, String operation) {
        if (failure instanceof AwsServiceException service) {
            AwsErrorDetails details = service.awsErrorDetails();
            String code = details == null || details.errorCode() == null
                    ? String.valueOf(service.statusCode()) : details.errorCode();
            String message = details == null ? null : details.errorMessage();
            byte[] body = details == null || details.rawResponse() == null ? new byte[0]
                    : details.rawResponse().asByteArray();
            if (isGenericErrorPage(service.statusCode(), body)) {
                // botocore's _do_generic_error_parsing: a 5xx with no body or an HTML page is named by its status.
                code = String.valueOf(service.statusCode());
                message = ReasonPhrases.of(service.statusCode());
            }
            if (message == null || message.isEmpty()) {
                message = modeledErrorDescription(failure);
            }
            if (message == null || message.isEmpty()) {
                message = oauthErrorDescription(body);
            }
            Integer attempts = failure.numAttempts();
            int exhaustedRetries = attempts != null && attempts >= AwsClients.MAX_ATTEMPTS ? attempts - 1 : 0;
            return new ServiceException(code, operation, exhaustedRetries, message == null ? "" : message,
                    errorDocument(service, code, message == null ? "" : message), failure);
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseBodyCheck.InvalidResponseException invalid) {
                return new GeneralException(invalid.getMessage(), failure);
            }
        }
        String connectionFailure = connectionFailure(failure);
        if (connectionFailure != null) {
            return new GeneralException(connectionFailure, failure);
        }
        return new GeneralException(failure.getMessage(), failure);
    }

    /**
     * The error as the CLI's structured error formats print it ({@code ClientErrorHandler}): botocore's
     * {@code Error} dict (JSON protocols put {@code Message} before {@code Code}, the query protocol the other way
     * round), then the members of the modeled error shape the response carried ({@code message} for the SSO portal's
     * errors, {@code error} and {@code error_description} for SSO OIDC's).
     */
    private static Map<String, Object> errorDocument(AwsServiceException failure, String code, String message) {
        Map<String, Object> document = new LinkedHashMap<>();
        String modelPackage = failure.getClass().getPackageName();
        boolean json = !modelPackage.contains(".sts.");
        if (json) {
            document.put("Message", message);
            document.put("Code", code);
        } else {
            document.put("Code", code);
            document.put("Message", message);
        }
        try {
            for (SdkField<?> field : failure.sdkFields()) {
                Object value = field.getValueOrDefault(failure);
                if (value != null) {
                    document.putIfAbsent(field.locationName(), value.toString());
                }
            }
        } catch (UnsupportedOperationException unmodeled) {
            // the generic exception of an unmodelled error has no fields to list
        }
        // A modeled error extends the service's base exception; an unmodeled code gets the base exception itself.
        boolean modeledError = failure.getClass().getSuperclass() != AwsServiceException.class;
        if (modeledError && modelPackage.endsWith(".sso.model") && !message.isEmpty()) {
            document.putIfAbsent("message", message);
        }
        return document;
    }

    /** botocore's {@code _is_generic_error_response}: status 500 or more and an empty or {@code <html>} body. */
    private static boolean isGenericErrorPage(int status, byte[] body) {
        if (status < 500) {
            return false;
        }
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
        return text.isEmpty() || text.startsWith("<html>");
    }

    /**
     * The {@code error_description} member of a modelled OIDC exception. Only generated exception classes list their
     * fields; the generic service exception of an unmodelled error throws {@link UnsupportedOperationException}.
     */
    private static String modeledErrorDescription(SdkException failure) {
        if (!(failure instanceof SdkPojo modeled)) {
            return null;
        }
        try {
            var field = modeled.sdkFieldNameToField().get("error_description");
            Object description = field == null ? null : field.getValueOrDefault(modeled);
            return description == null ? null : description.toString();
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /** botocore's wording for a request that got no HTTP answer, or null when the failure is something else. */
    private static String connectionFailure(SdkException failure) {
        String url = RequestUrlRecorder.lastUrl();
        IOException io = null;
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect")
                        ? "Connect timeout on endpoint URL: \"" : "Read timeout on endpoint URL: \"") + url + "\"";
            }
            if (cause instanceof SSLException) {
                return "SSL validation failed for " + url + " " + cause.getMessage();
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return "Could not connect to the endpoint URL: \"" + url + "\"";
            }
            if (cause instanceof IOException found && io == null) {
                io = found;
            }
        }
        return io == null ? null
                : "Connection was closed before we received a valid response from endpoint URL: \"" + url + "\".";
    }

    /**
     * SSO OIDC errors carry their text in the OAuth {@code error_description} field, which the SDK does not read
     * as the message; boto3 (botocore 1.42.67+) shows it, and so do we.
     */
    private static String oauthErrorDescription(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("error_description".equals(name) && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The service error code of {@code failure}, or null when it is not a service error. */
    public static String errorCode(SdkException failure) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return null;
    }
}
