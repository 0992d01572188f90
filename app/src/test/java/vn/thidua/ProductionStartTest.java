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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;
import vn.thidua.support.EmbeddedMariaDb;

/**
 * The production entry point, configured by environment variables only, on an empty MariaDB: it
 * creates its schema, has no demo ward and no demo users (only the administrator the environment
 * names), and refuses the demo password. It refuses to start on an empty database password unless
 * told to; without an administrator it says so and the engine's set-up page stays closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionStartTest {

    private static final Path DIR = Path.of("target/production-start-test");
    private EmbeddedMariaDb db;
    /** Started once, by whichever test needs it first: no administrator, no database password. */
    private ProductionApp withoutAdministrator;

    @BeforeAll
    void startDatabase() throws IOException {
        FileSystemUtils.deleteRecursively(DIR);
        db = EmbeddedMariaDb.start(DIR.resolve("db").toAbsolutePath().toFile(), 0);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (withoutAdministrator != null) {
            withoutAdministrator.stop();
        }
        db.stop();
    }

    @Test
    void startsFromEnvironmentVariablesWithNoDemoDataAndNoDemoUsers() throws Exception {
        db.createDatabase("thidua_prod", true);
        Map<String, String> env = env("thidua_prod", "root", db.password());
        env.put("CAMUNDA_BPM_ADMINUSER_ID", "quantri");
        env.put("CAMUNDA_BPM_ADMINUSER_PASSWORD", "Mat-khau-rieng-2026");
        ProductionApp app = ProductionApp.start(env, "prod");
        try {
            assertThat(app.started()).as("production application started").isTrue();
            HttpClient http = HttpClient.newHttpClient();
            String users = http.send(get(app.port, "/engine-rest/user", "quantri", "Mat-khau-rieng-2026"),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(users).contains("\"id\":\"quantri\"").doesNotContain("khang.pm").doesNotContain("\"id\":\"admin\"");
            assertThat(http.send(get(app.port, "/engine-rest/user", "admin", "demo"), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);
            try (Connection c = db.connect("thidua_prod");
                    ResultSet agencies = c.createStatement().executeQuery("SELECT COUNT(*) FROM agency")) {
                agencies.next();
                assertThat(agencies.getInt(1)).as("no demo ward").isZero();
            }
            try (Connection c = db.connect("thidua_prod");
                    ResultSet definitions = c.createStatement().executeQuery("SELECT KEY_ FROM ACT_RE_PROCDEF")) {
                List<String> keys = new ArrayList<>();
                while (definitions.next()) {
                    keys.add(definitions.getString(1));
                }
                assertThat(keys).contains("planLifecycle", "unitCampaign");
            }
            assertThat(app.output()).doesNotContain("No administrator exists");
        } finally {
            app.stop();
        }
    }

    @Test
    void refusesToStartWithAnEmptyDatabasePassword() throws Exception {
        db.createDatabase("thidua_refused", true);
        ProductionApp app = ProductionApp.start(env("thidua_refused", "root", ""), "refused");
        try {
            assertThat(app.started()).as("a production start with DB_PASSWORD empty").isFalse();
            assertThat(app.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(app.process.exitValue()).isNotZero();
            assertThat(app.output()).contains("APPLICATION FAILED TO START", "The database password is empty",
                    "DB_ALLOW_EMPTY_PASSWORD=true");
            try (Connection c = db.connect("");
                    ResultSet tables = c.createStatement().executeQuery(
                            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'thidua_refused'")) {
                tables.next();
                assertThat(tables.getInt(1)).as("nothing was written").isZero();
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void startsWithAnEmptyDatabasePasswordWhenExplicitlyAllowed() throws Exception {
        ProductionApp app = withoutAdministrator();
        assertThat(app.started()).as("DB_ALLOW_EMPTY_PASSWORD=true").isTrue();
    }

    @Test
    void withoutAnAdministratorTheEnginesSetUpPageIsClosed() throws Exception {
        ProductionApp app = withoutAdministrator();
        assertThat(app.started()).isTrue();
        assertThat(app.outputOnce("No administrator exists")).contains("No administrator exists", "CAMUNDA_BPM_ADMINUSER_ID");

        // As an anonymous visitor would: take Camunda's CSRF token from the Admin page, then post.
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(app.url("/camunda/app/admin/default/")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
        assertThat(token).as("Camunda's CSRF token").isNotEmpty();
        HttpResponse<String> create = http.send(HttpRequest.newBuilder(
                        URI.create(app.url("/camunda/api/admin/setup/default/user/create")))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"ke-gian\",\"firstName\":\"K\","
                        + "\"lastName\":\"G\",\"email\":\"k@example.org\"},\"credentials\":{\"password\":\"Mat-khau-ke-gian-1\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.body()).contains("Trang khởi tạo quản trị viên đã bị đóng");
        try (Connection c = db.connect("thidua_no_admin");
                ResultSet users = c.createStatement().executeQuery("SELECT COUNT(*) FROM ACT_ID_USER")) {
            users.next();
            assertThat(users.getInt(1)).as("no user created").isZero();
        }
    }

    private synchronized ProductionApp withoutAdministrator() throws Exception {
        if (withoutAdministrator == null) {
            db.createDatabase("thidua_no_admin", true);
            try (Connection c = db.connect(""); Statement s = c.createStatement()) {
                s.execute("CREATE USER IF NOT EXISTS 'khong_mat_khau'@'127.0.0.1'");
                s.execute("GRANT ALL PRIVILEGES ON `thidua_no_admin`.* TO 'khong_mat_khau'@'127.0.0.1'");
            }
            Map<String, String> env = env("thidua_no_admin", "khong_mat_khau", "");
            env.put("DB_ALLOW_EMPTY_PASSWORD", "true");
            withoutAdministrator = ProductionApp.start(env, "no-admin");
        }
        return withoutAdministrator;
    }

    private Map<String, String> env(String database, String user, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", "jdbc:mariadb://127.0.0.1:" + db.port() + "/" + database);
        env.put("DB_USER", user);
        env.put("DB_PASSWORD", password);
        env.put("THIDUA_DATA_DIR", DIR.resolve("data-" + database).toAbsolutePath().toString());
        return env;
    }

    private static HttpRequest get(int port, String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
    }

    /** {@code java vn.thidua.ThiDuaApplication} in its own JVM with exactly the given environment variables. */
    private static final class ProductionApp {
        private final Process process;
        private final int port;
        private final StringBuffer output = new StringBuffer();
        private final CompletableFuture<Boolean> started = new CompletableFuture<>();

        private ProductionApp(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static ProductionApp start(Map<String, String> variables, String name) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), "vn.thidua.ThiDuaApplication")
                    .redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("TEST_DB_") || key.startsWith("DB_") || key.startsWith("CAMUNDA_"));
            env.putAll(variables);
            env.put("PORT", Integer.toString(port));
            ProductionApp app = new ProductionApp(builder.start(), port);
            Thread reader = new Thread(app::readOutput, "production-" + name + "-output");
            reader.setDaemon(true);
            reader.start();
            return app;
        }

        private void readOutput() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.contains("Started ThiDuaApplication")) {
                        started.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
            started.complete(false);
        }

        boolean started() throws Exception {
            return started.get(300, TimeUnit.SECONDS);
        }

        /** Everything printed so far. */
        String output() {
            return output.toString();
        }

        /** The output once it holds {@code text} (a listener may log a moment after "Started"), or after 30 s. */
        String outputOnce(String text) throws InterruptedException {
            long end = System.currentTimeMillis() + 30_000;
            while (!output.toString().contains(text) && System.currentTimeMillis() < end) {
                Thread.sleep(100);
            }
            return output.toString();
        }

        String url(String path) {
            return "http://localhost:" + port + path;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
