package dev.ssocli.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.http.Json;
import dev.ssocli.emulator.http.Protocol;
import dev.ssocli.emulator.http.Request;
import dev.ssocli.emulator.http.Response;
import dev.ssocli.emulator.oidc.ApprovalPages;
import dev.ssocli.emulator.oidc.OidcService;
import dev.ssocli.emulator.portal.PortalService;
import dev.ssocli.emulator.state.EmulatorState;
import dev.ssocli.emulator.sts.StsService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Dispatches every request on the emulator's one port: SSO OIDC, the approval pages, the SSO portal and STS,
 * whose routes do not overlap (docs/wire-protocols.md), and the control API under {@code /_emulator/}.
 */
final class Router implements HttpHandler {
    /** Operations whose errors can be injected, with the protocol that renders them. */
    static final Map<String, Protocol> OPERATIONS = Map.ofEntries(
            Map.entry("RegisterClient", Protocol.OIDC),
            Map.entry("StartDeviceAuthorization", Protocol.OIDC),
            Map.entry("CreateToken", Protocol.OIDC),
            Map.entry("ListAccounts", Protocol.PORTAL),
            Map.entry("ListAccountRoles", Protocol.PORTAL),
            Map.entry("GetRoleCredentials", Protocol.PORTAL),
            Map.entry("Logout", Protocol.PORTAL),
            Map.entry(StsService.GET_CALLER_IDENTITY, Protocol.STS),
            Map.entry(StsService.ASSUME_ROLE, Protocol.STS),
            Map.entry("DevicePage", Protocol.PAGE),
            Map.entry("DeviceDecision", Protocol.PAGE),
            Map.entry("Authorize", Protocol.PAGE),
            Map.entry("AuthorizeDecision", Protocol.PAGE));

    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final int MAX_RECORDED = 10_000;

    private record Route(String operation, Protocol protocol, BiFunction<Request, String, Response> handler) {
    }

    private final OidcService oidc;
    private final ApprovalPages pages;
    private final PortalService portal;
    private final StsService sts;
    private final ControlApi control;
    private final PrintStream log;
    private final Deque<RecordedRequest> recorded = new ArrayDeque<>();
    private final Map<String, Deque<Object>> injected = new HashMap<>();

    Router(EmulatorState state, String endpoint, ControlApi control, PrintStream log) {
        this.oidc = new OidcService(state, endpoint);
        this.pages = new ApprovalPages(state);
        this.portal = new PortalService(state);
        this.sts = new StsService(state);
        this.control = control;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString();
            Response response;
            try {
                response = dispatch(read(exchange), requestId);
            } catch (ApiException e) {
                response = Protocol.CONTROL.error(e, requestId);
            } catch (Disconnect e) {
                disconnect(exchange, e.fault);
                return;
            }
            write(exchange, response, requestId);
        }
    }

    /** Carries a fault that is no HTTP answer out of {@link #dispatch} to the exchange. */
    private static final class Disconnect extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient WireFault fault;

        Disconnect(WireFault fault) {
            super(fault.kind().name(), null, false, false);
            this.fault = fault;
        }
    }

    /**
     * Ends the exchange without a complete answer. The JDK server closes a connection whose handler throws, which is
     * the reset (or the cut-off body) the client sees.
     */
    private static void disconnect(HttpExchange exchange, WireFault fault) throws IOException {
        switch (fault.kind()) {
            case TRUNCATED -> {
                byte[] body = fault.body();
                if (fault.contentType() != null) {
                    exchange.getResponseHeaders().set("Content-Type", fault.contentType());
                }
                exchange.sendResponseHeaders(fault.status(), body.length);
                OutputStream out = exchange.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
            }
            case HANG -> {
                try {
                    Thread.sleep(fault.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> {
            }
        }
        throw new IOException("emulator fault: " + fault.kind());
    }

    /** The response to one request; never throws. */
    Response dispatch(Request request, String requestId) {
        if (request.rawPath().startsWith(ControlApi.PREFIX)) {
            try {
                return control.handle(request);
            } catch (ApiException e) {
                return Protocol.CONTROL.error(e, requestId);
            }
        }
        Route route = route(request);
        String grantType = "CreateToken".equals(route.operation) ? bodyString(request, "grantType") : null;
        String startUrl = "StartDeviceAuthorization".equals(route.operation) ? bodyString(request, "startUrl")
                : "RegisterClient".equals(route.operation) ? bodyString(request, "issuerUrl") : null;
        record(new RecordedRequest(request.method(), request.path(), route.operation, grantType, startUrl));
        Response response;
        try {
            Object fault = route.operation == null ? null : nextInjected(route.operation);
            if (fault instanceof ApiException error) {
                throw error;
            }
            if (fault instanceof WireFault wire) {
                if (wire.kind() != WireFault.Kind.RAW) {
                    throw new Disconnect(wire);
                }
                response = Response.raw(wire.status(), wire.contentType(), wire.body());
            } else {
                response = route.handler.apply(request, requestId);
            }
        } catch (ApiException e) {
            response = route.protocol.error(e, requestId);
        } catch (Disconnect e) {
            throw e;
        } catch (RuntimeException e) {
            response = route.protocol.error(new ApiException(500, "InternalServerException",
                    "Internal error: " + e.getClass().getSimpleName()), requestId);
        }
        if (log != null) {
            log.println(request.method() + " " + request.path() + " " + (route.operation == null ? "-"
                    : route.operation) + (grantType == null ? "" : " " + grantType) + " " + response.status());
        }
        return response;
    }

    private Route route(Request request) {
        String method = request.method();
        String path = request.path();
        return switch (method + " " + path) {
            case "POST /client/register" -> new Route("RegisterClient", Protocol.OIDC,
                    (r, id) -> oidc.registerClient(r));
            case "POST /device_authorization" -> new Route("StartDeviceAuthorization", Protocol.OIDC,
                    (r, id) -> oidc.startDeviceAuthorization(r));
            case "POST /token" -> new Route("CreateToken", Protocol.OIDC, (r, id) -> oidc.createToken(r));
            case "GET /device" -> new Route("DevicePage", Protocol.PAGE, (r, id) -> pages.showDevice(r));
            case "POST /device" -> new Route("DeviceDecision", Protocol.PAGE, (r, id) -> pages.decideDevice(r));
            case "GET /authorize" -> new Route("Authorize", Protocol.PAGE, (r, id) -> pages.showAuthorize(r));
            case "POST /authorize" -> new Route("AuthorizeDecision", Protocol.PAGE,
                    (r, id) -> pages.decideAuthorize(r));
            case "GET /assignment/accounts" -> new Route("ListAccounts", Protocol.PORTAL,
                    (r, id) -> portal.listAccounts(r));
            case "GET /assignment/roles" -> new Route("ListAccountRoles", Protocol.PORTAL,
                    (r, id) -> portal.listAccountRoles(r));
            case "GET /federation/credentials" -> new Route("GetRoleCredentials", Protocol.PORTAL,
                    (r, id) -> portal.getRoleCredentials(r));
            case "POST /logout" -> new Route("Logout", Protocol.PORTAL, (r, id) -> portal.logout(r));
            case "GET /", "POST /" -> stsRoute(request);
            default -> new Route(null, Protocol.PORTAL, (r, id) -> {
                throw new ApiException(404, "UnknownOperationException", "Unknown operation " + method + " " + path);
            });
        };
    }

    private Route stsRoute(Request request) {
        String action = StsService.parameters(request).get("Action");
        if (StsService.GET_CALLER_IDENTITY.equals(action)) {
            return new Route(action, Protocol.STS, sts::getCallerIdentity);
        }
        if (StsService.ASSUME_ROLE.equals(action)) {
            return new Route(action, Protocol.STS, sts::assumeRole);
        }
        return new Route(null, Protocol.STS, (r, id) -> {
            throw StsService.invalidAction(action);
        });
    }

    private static String bodyString(Request request, String key) {
        try {
            Object body = Json.parse(request.bodyText());
            if (body instanceof Map) {
                Object value = ((Map<?, ?>) body).get(key);
                return value instanceof String ? (String) value : null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** Queues an {@link ApiException} or a {@link WireFault} for the next call of {@code operation}. */
    synchronized void inject(String operation, Object fault) {
        injected.computeIfAbsent(operation, k -> new ArrayDeque<>()).addLast(fault);
    }

    synchronized void clearInjected() {
        injected.clear();
    }

    private synchronized Object nextInjected(String operation) {
        Deque<Object> queue = injected.get(operation);
        return queue == null ? null : queue.pollFirst();
    }

    private synchronized void record(RecordedRequest request) {
        if (recorded.size() >= MAX_RECORDED) {
            recorded.removeFirst();
        }
        recorded.addLast(request);
    }

    synchronized List<RecordedRequest> recorded() {
        return List.copyOf(new ArrayList<>(recorded));
    }

    synchronized void clearRecorded() {
        recorded.clear();
    }

    private static Request read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "RequestEntityTooLarge", "Request body is too large");
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
    }

    private static void write(HttpExchange exchange, Response response, String requestId) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        byte[] body = response.body();
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), body.length == 0 || head ? -1 : body.length);
        if (body.length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
