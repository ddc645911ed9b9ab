package dev.ssocli.emulator;

import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.http.JsonBody;
import dev.ssocli.emulator.http.Request;
import dev.ssocli.emulator.http.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulator's control API under {@code /_emulator/}, for tests written in other languages (boto3, shell):
 * the HTTP face of {@link Emulator}'s control methods. All bodies are JSON.
 *
 * <ul>
 *   <li>{@code POST approve}, {@code POST deny}: decide every pending request; answer the list of decided
 *       requests ({@code id, flow, userCode, clientName, status, redirect}).</li>
 *   <li>{@code GET pending}: the same list for requests waiting for a decision.</li>
 *   <li>{@code POST expire-tokens}, {@code POST expire-credentials}: expire every access token or AWS credential.</li>
 *   <li>{@code POST inject-error} with {@code {"operation", "status", "errorType", "message"}}.</li>
 *   <li>{@code POST inject-fault} with {@code {"operation", "kind": "raw|truncated|reset|hang", "status",
 *       "contentType", "body", "delayMillis"}}: a {@link WireFault} for the next call.</li>
 *   <li>{@code GET requests} (list of {@code method, path, operation, grantType}, and {@code startUrl}
 *       for StartDeviceAuthorization's start URL and RegisterClient's issuer URL), {@code DELETE requests}.</li>
 *   <li>{@code GET info}: {@code endpoint, startUrl, region}.</li>
 * </ul>
 */
final class ControlApi {
    static final String PREFIX = "/_emulator/";

    private final Emulator emulator;

    ControlApi(Emulator emulator) {
        this.emulator = emulator;
    }

    Response handle(Request request) {
        String what = request.path().substring(PREFIX.length());
        String method = request.method();
        switch (what) {
            case "approve":
                requireMethod(method, "POST");
                return Response.json(200, views(emulator.approveAll()));
            case "deny":
                requireMethod(method, "POST");
                return Response.json(200, views(emulator.denyAll()));
            case "pending":
                requireMethod(method, "GET");
                return Response.json(200, views(emulator.pending()));
            case "expire-tokens":
                requireMethod(method, "POST");
                emulator.expireAccessTokens();
                return Response.json(200, Map.of());
            case "expire-credentials":
                requireMethod(method, "POST");
                emulator.expireRoleCredentials();
                return Response.json(200, Map.of());
            case "inject-error":
                requireMethod(method, "POST");
                return injectError(request);
            case "inject-fault":
                requireMethod(method, "POST");
                return injectFault(request);
            case "requests":
                if ("DELETE".equals(method)) {
                    emulator.clearRequests();
                    return Response.json(200, Map.of());
                }
                requireMethod(method, "GET");
                return Response.json(200, requests(emulator.requests()));
            case "info":
                requireMethod(method, "GET");
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("endpoint", emulator.endpoint());
                info.put("startUrl", Emulator.START_URL);
                info.put("region", Emulator.REGION);
                return Response.json(200, info);
            default:
                throw new ApiException(404, "NotFound", "Unknown control endpoint " + request.path());
        }
    }

    private Response injectError(Request request) {
        JsonBody body = JsonBody.of(request);
        String operation = body.required("operation");
        String errorType = body.required("errorType");
        String message = body.string("message");
        Long status = body.integer("status");
        if (status == null) {
            throw new ApiException(400, "InvalidRequestException", "status is required");
        }
        try {
            emulator.injectError(operation, status.intValue(), errorType, message == null ? "" : message);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "InvalidRequestException", e.getMessage());
        }
        return Response.json(200, Map.of());
    }

    private Response injectFault(Request request) {
        JsonBody body = JsonBody.of(request);
        String operation = body.required("operation");
        String kind = body.required("kind");
        Long status = body.integer("status");
        String contentType = body.string("contentType");
        String text = body.string("body") == null ? "" : body.string("body");
        Long delay = body.integer("delayMillis");
        WireFault fault = switch (kind) {
            case "raw" -> WireFault.raw(status == null ? 200 : status.intValue(), contentType, text);
            case "truncated" -> WireFault.truncated(status == null ? 200 : status.intValue(), contentType, text);
            case "reset" -> WireFault.reset();
            case "hang" -> WireFault.hang(java.time.Duration.ofMillis(delay == null ? 60_000 : delay));
            default -> throw new ApiException(400, "InvalidRequestException",
                    "kind must be raw, truncated, reset or hang");
        };
        try {
            emulator.injectFault(operation, fault);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "InvalidRequestException", e.getMessage());
        }
        return Response.json(200, Map.of());
    }

    private static void requireMethod(String method, String expected) {
        if (!expected.equals(method)) {
            throw new ApiException(405, "MethodNotAllowed", "Use " + expected);
        }
    }

    private static List<Object> views(List<Authorization> authorizations) {
        List<Object> list = new ArrayList<>();
        for (Authorization a : authorizations) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", a.id());
            item.put("flow", a.flow());
            item.put("userCode", a.userCode());
            item.put("clientName", a.clientName());
            item.put("status", a.status());
            item.put("redirect", a.redirect());
            list.add(item);
        }
        return list;
    }

    private static List<Object> requests(List<RecordedRequest> requests) {
        List<Object> list = new ArrayList<>();
        for (RecordedRequest r : requests) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("method", r.method());
            item.put("path", r.path());
            item.put("operation", r.operation());
            item.put("grantType", r.grantType());
            if (r.startUrl() != null) {
                item.put("startUrl", r.startUrl());
            }
            list.add(item);
        }
        return list;
    }
}
