package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Raw HTTP calls to the running application, as a script, a browser or Tasklist makes them: with
 * HTTP Basic, or with a Camunda webapp session (cookie and XSRF token, as Tasklist's own page
 * sends them). Nothing in between that could hide a status or rewrite a body.
 */
public final class Http {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** A JSON call with HTTP Basic (password "demo"); {@code json} may be null. */
    public HttpResponse<String> basic(String user, String method, String path, String json) {
        return send(request(path).header("Authorization", basicAuth(user)).header("Accept", "application/json")
                .header("Content-Type", "application/json").method(method, body(json)));
    }

    /** A browser's page request (Accept text/html) with HTTP Basic. */
    public HttpResponse<String> page(String user, String path) {
        return send(request(path).header("Authorization", basicAuth(user))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    /** Logs in to a Camunda webapp ("tasklist", "cockpit") as its login page does. */
    public HttpResponse<String> webappLogin(String user, String app) {
        send(request("/camunda/app/" + app + "/default/").GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        // The login starts a new session; like the app, read who is logged in, which brings the session's token.
        send(request("/camunda/api/admin/auth/user/default").header("Accept", "application/json").GET());
        return login;
    }

    /** A JSON call inside the webapp session, with its XSRF token (Tasklist's own calls). */
    public HttpResponse<String> webapp(String method, String path, String json) {
        return send(request(path).header("Accept", "application/json, text/plain, */*")
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf()).method(method, body(json)));
    }

    private String xsrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, second) -> second).orElse("");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private static String basicAuth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
