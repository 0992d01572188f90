package vn.thidua.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for the running application: keeps its cookies (the session), never
 * follows redirects (tests look at them), and sends what a client on the network could send
 * (X-Forwarded-For from a proxy, a Basic header). Each instance is one browser.
 */
public final class WebClient {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final String base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** As if behind our reverse proxy, for a client at {@code address} (Tomcat trusts 127.0.0.1 as a proxy). */
    public WebClient from(String address) {
        headers.put("X-Forwarded-For", address);
        return this;
    }

    public WebClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String... extraHeaders) {
        return send(request(path, extraHeaders).GET());
    }

    public HttpResponse<String> postJson(String path, String json, String... extraHeaders) {
        return send(request(path, extraHeaders).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String... extraHeaders) {
        List<String> pairs = new ArrayList<>();
        form.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(request(path, extraHeaders).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... extraHeaders) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            builder.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return builder;
    }

    /** Our login form, as a person fills it in (with the page's CSRF token). */
    public HttpResponse<String> loginToOurPages(String user, String password) {
        String token = csrfTokenOf(get("/login").body());
        return postForm("/login", Map.of("username", user, "password", password, "_csrf", token));
    }

    /** The CSRF token our pages put into their forms (the home page has the logout form). */
    public String csrfTokenOfOurPages() {
        return csrfTokenOf(get("/app").body());
    }

    /** Camunda's CSRF token for its webapps' API, as its pages receive it. */
    public String camundaCsrfToken() {
        return get("/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN")
                .orElseThrow(() -> new IllegalStateException("no X-XSRF-TOKEN from Camunda"));
    }

    /** Camunda's own login (Tasklist, Cockpit, Admin share it). */
    public HttpResponse<String> loginToCamunda(String user, String password, String token) {
        return postForm("/camunda/api/admin/auth/user/default/login/tasklist", Map.of("username", user, "password", password),
                "X-XSRF-TOKEN", token);
    }

    private static String csrfTokenOf(String html) {
        Matcher m = HIDDEN_CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no _csrf field in the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
