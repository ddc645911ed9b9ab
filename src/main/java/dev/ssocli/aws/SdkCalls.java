package dev.ssocli.aws;

import dev.ssocli.errors.CliException;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ServiceException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one SDK call and turns its failures into the CLI's errors: a service error becomes
 * {@code An error occurred (Code) when calling the Op operation: Msg} (exit 254), a socket failure botocore's
 * {@code Could not connect to the endpoint URL: "<url>"} family (exit 255).
 */
public final class SdkCalls {
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
            return new ServiceException(code, operation, message == null ? "" : message, failure);
        }
        if (failure instanceof EndpointUnreachableException unreachable) {
            return new GeneralException(unreachable.cliMessage(), failure);
        }
        return new GeneralException(failure.getMessage(), failure);
    }

    /** The service error code of {@code failure}, or null when it is not a service error. */
    public static String errorCode(SdkException failure) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return null;
    }
}
