package dev.ssocli.testing;

import dev.ssocli.runtime.BrowserLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for tests that plays the user for real: it GETs the page it is given (the emulator's device or authorize
 * page), submits its form with Allow or Deny, and follows the redirect (to our loopback callback in the PKCE flow).
 */
public final class EmulatorBrowser implements BrowserLauncher {
    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\">(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String decision;
    private final UnaryOperator<String> redirectRewrite;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> visited = new CopyOnWriteArrayList<>();
    private final List<String> pages = new CopyOnWriteArrayList<>();
    private volatile String lastPage;

    private EmulatorBrowser(String decision, UnaryOperator<String> redirectRewrite) {
        this.decision = decision;
        this.redirectRewrite = redirectRewrite;
    }

    /** Clicks Allow. */
    public static EmulatorBrowser allowing() {
        return new EmulatorBrowser("allow", UnaryOperator.identity());
    }

    /** Clicks Deny. */
    public static EmulatorBrowser denying() {
        return new EmulatorBrowser("deny", UnaryOperator.identity());
    }

    /** Clicks Allow, but the redirect is changed on its way to the callback (e.g. a forged state). */
    public static EmulatorBrowser allowingWithRedirect(UnaryOperator<String> rewrite) {
        return new EmulatorBrowser("allow", rewrite);
    }

    @Override
    public boolean open(String url) {
        opened.add(url);
        try {
            HttpResponse<String> page = get(url);
            pages.add(page.body());
            Matcher form = FORM.matcher(page.body());
            if (!form.find()) {
                throw new AssertionError("no approval form at " + url + ":\n" + page.body());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(form.group(2));
            while (hidden.find()) {
                fields.put(hidden.group(1), hidden.group(2));
            }
            fields.put("decision", decision);
            HttpResponse<String> response = post(URI.create(url).resolve(form.group(1)), fields);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 == 3 && location != null) {
                HttpResponse<String> callback = get(redirectRewrite.apply(
                        URI.create(url).resolve(location).toString()));
                lastPage = callback.body();
            } else {
                lastPage = response.body();
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Follows a redirect the emulator's control API handed out (the --no-browser PKCE case). */
    public String visit(String url) {
        try {
            lastPage = get(url).body();
            return lastPage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The URLs the CLI asked to open. */
    public List<String> opened() {
        return List.copyOf(opened);
    }

    /** The approval pages shown, in order. */
    public List<String> pages() {
        return List.copyOf(pages);
    }

    /** Every URL fetched, in order. */
    public List<String> visited() {
        return new ArrayList<>(visited);
    }

    /** The body of the last page shown (our callback page after a PKCE login). */
    public String lastPage() {
        return lastPage;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        visited.add(url);
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI url, Map<String, String> fields) throws IOException, InterruptedException {
        visited.add(url.toString());
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
