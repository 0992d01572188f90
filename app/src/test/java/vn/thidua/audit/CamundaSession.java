package vn.thidua.audit;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser-like session on Camunda's webapps: cookies kept, the XSRF token echoed as the webapp does. */
final class CamundaSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String base;

    CamundaSession(String base) {
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.base = base;
    }

    int login(String user, String password, String app) throws IOException, InterruptedException {
        get("/camunda/app/" + app + "/default/");
        return client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        String token = xsrf();
        if (!token.isEmpty()) {
            request.header("X-XSRF-TOKEN", token);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    int post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json);
    }

    int put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, json);
    }

    private int send(String method, String path, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf())
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String xsrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }
}
