package dev.ssocli.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Lets the body of a {@code 401} answer to a POST be read. The URL-connection client streams a request body whose
 * {@code Content-Length} it knows, and {@code HttpURLConnection} drops the answer of a streamed request that gets a
 * 401 (it could not resend it for authentication), so the error code and message in that body were lost: STS's
 * OIDC's {@code error_description}. Without the header the small body is buffered and {@code HttpURLConnection} sets
 * the same {@code Content-Length} itself. (STS's query body and its length are added after interceptors run, so an
 * STS 401 still shows only its status.)
 */
final class ReadableErrorBodies implements ExecutionInterceptor {
    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        if (request.firstMatchingHeader("Content-Length").isEmpty()) {
            return request;
        }
        return request.toBuilder().removeHeader("Content-Length").build();
    }
}
