package dev.ssocli.aws;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Turns socket failures into {@link EndpointUnreachableException}s that know the request URL, because the SDK's own
 * exception does not name it and the CLI's message does.
 */
final class EndpointFailureInterceptor implements ExecutionInterceptor {

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        if (!(failure instanceof SdkClientException client) || failure instanceof EndpointUnreachableException) {
            return failure;
        }
        EndpointUnreachableException.Kind kind = null;
        String detail = null;
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
                kind = text.contains("connect") ? EndpointUnreachableException.Kind.CONNECT_TIMEOUT
                        : EndpointUnreachableException.Kind.READ_TIMEOUT;
                break;
            }
            if (cause instanceof SSLException) {
                kind = EndpointUnreachableException.Kind.SSL;
                detail = cause.getMessage();
                break;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                kind = EndpointUnreachableException.Kind.CONNECT;
                break;
            }
            if (cause instanceof IOException && kind == null) {
                kind = EndpointUnreachableException.Kind.CLOSED;
            }
        }
        if (kind == null) {
            return failure;
        }
        String url = context.httpRequest().map(SdkHttpRequest::getUri).map(EndpointFailureInterceptor::withPath)
                .orElse("");
        return new EndpointUnreachableException(client, url, kind, detail);
    }

    /** botocore's URL always has a path: {@code https://sts.amazonaws.com/} where the SDK's request has none. */
    private static String withPath(java.net.URI uri) {
        String text = uri.toString();
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return text.substring(0, text.length() - query.length()) + "/" + query;
        }
        return text;
    }
}
