package dev.ssocli.aws;

import dev.ssocli.runtime.DebugLog;
import java.net.URI;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Remembers, per thread, the URL of the request being sent: the SDK's connection exceptions do not name it and the
 * CLI's messages do ({@code Could not connect to the endpoint URL: "<url>"}). Synchronous clients send on the
 * calling thread, so the value is the failing request's when {@link SdkCalls} translates the failure.
 */
final class RequestUrlRecorder implements ExecutionInterceptor {
    private static final ThreadLocal<String> LAST_URL = new ThreadLocal<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        LAST_URL.remove();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        URI uri = context.httpRequest().getUri();
        if (DebugLog.isOn()) {
            // method, operation and URL only: headers carry the bearer token or the signature
            DebugLog.debug("botocore.endpoint", "Making request for OperationModel(name="
                    + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME) + ") with url: "
                    + context.httpRequest().method() + " " + uri.getScheme() + "://" + uri.getRawAuthority()
                    + uri.getRawPath());
        }
        // an empty path goes on the wire as "/", which is what botocore's message shows
        LAST_URL.set(uri.getRawPath() == null || uri.getRawPath().isEmpty()
                ? uri.getScheme() + "://" + uri.getRawAuthority() + "/"
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                : uri.toString());
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (DebugLog.isOn()) {
            DebugLog.debug("botocore.parsers", "Response status: " + context.httpResponse().statusCode() + " for "
                    + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    /** The URL of the last request this thread sent through our clients, or an empty string. */
    static String lastUrl() {
        String url = LAST_URL.get();
        return url == null ? "" : url;
    }
}
