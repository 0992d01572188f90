package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebClient;

/** Bodies bigger than a real form (1 MB) answer 413 with a Vietnamese message, with or without a length; uploads keep their own limit. */
@IntegrationTest
class RequestBodyLimitTest {

    private static final String MESSAGE = "Dữ liệu gửi lên quá lớn";

    @LocalServerPort int port;

    @Test
    void anOversizedJsonBodyIsRefusedBeforeItIsParsed() {
        WebClient admin = new WebClient(port).from("198.51.100.71").header("Authorization", WebClient.basic("admin", "demo"));
        String big = query(2 * 1024 * 1024);

        HttpResponse<String> ourApi = admin.postJson("/api/admin/organisations", big);
        assertThat(ourApi.statusCode()).isEqualTo(413);
        assertThat(ourApi.body()).contains(MESSAGE);
        HttpResponse<String> engineRest = admin.postJson("/engine-rest/task", big);
        assertThat(engineRest.statusCode()).isEqualTo(413);
        assertThat(engineRest.body()).contains(MESSAGE);

        // Without a Content-Length (chunked): read up to the limit, then refused all the same.
        HttpResponse<String> chunked = admin.send(admin.request("/engine-rest/task").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains(MESSAGE);
    }

    @Test
    void bodiesUnderTheLimitAndUploadsStillPass() {
        WebClient admin = new WebClient(port).from("198.51.100.72").header("Authorization", WebClient.basic("admin", "demo"));
        String nearLimit = query(900 * 1024);
        assertThat(admin.postJson("/engine-rest/task", nearLimit).statusCode()).isEqualTo(200);
        HttpResponse<String> chunked = admin.send(admin.request("/engine-rest/task").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(nearLimit.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.statusCode()).as("a chunked body under the limit reaches the engine intact").isEqualTo(200);

        // A 2 MB upload is not ours to refuse (the engine answers about the missing instance).
        String boundary = "ranh-gioi";
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bao-cao.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + "a".repeat(2 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> multipart = admin.send(admin.request("/engine-rest/process-instance/khong-co/variables/tep/data")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(upload)));
        assertThat(multipart.statusCode()).isNotEqualTo(413);
        assertThat(multipart.body()).doesNotContain(MESSAGE);
    }

    /** A valid task query of about {@code bytes} bytes (a long name filter). */
    private static String query(int bytes) {
        return "{\"nameLike\":\"" + "a".repeat(bytes) + "\"}";
    }
}
