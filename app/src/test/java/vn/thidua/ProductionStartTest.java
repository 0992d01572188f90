package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.thidua.support.EmbeddedMariaDb;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * The production entry point, configured by environment variables only, on an empty MariaDB: it
 * creates its schema, has no demo ward and no demo users (only the administrator the environment
 * names), and refuses the demo password.
 */
class ProductionStartTest {

    private static final Path DIR = Path.of("target/production-start-test");
    private EmbeddedMariaDb db;
    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void startsFromEnvironmentVariablesWithNoDemoDataAndNoDemoUsers() throws Exception {
        FileSystemUtils.deleteRecursively(DIR);
        db = EmbeddedMariaDb.start(DIR.resolve("db").toAbsolutePath().toFile(), 0);
        db.createDatabase("thidua_prod", true);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "vn.thidua.ThiDuaApplication").redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("TEST_DB_"));
        env.put("DB_URL", "jdbc:mariadb://127.0.0.1:" + db.port() + "/thidua_prod");
        env.put("DB_USER", "root");
        env.put("DB_PASSWORD", "");
        env.put("PORT", Integer.toString(port));
        env.put("CAMUNDA_BPM_ADMINUSER_ID", "quantri");
        env.put("CAMUNDA_BPM_ADMINUSER_PASSWORD", "Mat-khau-rieng-2026");
        env.put("THIDUA_DATA_DIR", DIR.resolve("data").toAbsolutePath().toString());
        app = builder.start();
        assertThat(started(app)).as("production application started").isTrue();

        HttpClient http = HttpClient.newHttpClient();
        String users = http.send(get(port, "/engine-rest/user", "quantri", "Mat-khau-rieng-2026"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(users).contains("\"id\":\"quantri\"").doesNotContain("khang.pm").doesNotContain("\"id\":\"admin\"");
        assertThat(http.send(get(port, "/engine-rest/user", "admin", "demo"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("thidua_prod"), "root", "");
                ResultSet agencies = c.createStatement().executeQuery("SELECT COUNT(*) FROM agency");
        ) {
            agencies.next();
            assertThat(agencies.getInt(1)).as("no demo ward").isZero();
        }
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("thidua_prod"), "root", "");
                ResultSet definitions = c.createStatement().executeQuery("SELECT KEY_ FROM ACT_RE_PROCDEF")) {
            List<String> keys = new java.util.ArrayList<>();
            while (definitions.next()) {
                keys.add(definitions.getString(1));
            }
            assertThat(keys).contains(PlanLifecycleModel.PROCESS_KEY, UnitCampaignModel.PROCESS_KEY);
        }
    }

    private static HttpRequest get(int port, String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
    }

    private static boolean started(Process app) throws Exception {
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("Started ThiDuaApplication")) {
                        started.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
            started.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        return started.get(180, TimeUnit.SECONDS);
    }
}
