package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded server: keeps its data across restarts (even under the temp dir), is durable, is
 * reachable from this machine only and only with the generated password, and a JVM killed with
 * {@code kill -9} leaves nothing that blocks the next start.
 */
class EmbeddedMariaDbTest {

    @Test
    void dataSurvivesARestartInADirectoryUnderJavaIoTmpdir() throws Exception {
        Path dir = Files.createTempDirectory("thidua-embedded-db-");
        try {
            EmbeddedMariaDb first = EmbeddedMariaDb.start(dir.toFile(), 0);
            first.createDatabase("kept", true);
            try (Connection c = first.connect("kept");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(40))");
                s.execute("INSERT INTO note VALUES ('Thạch Khôi')");
            }
            first.stop();

            EmbeddedMariaDb second = EmbeddedMariaDb.start(dir.toFile(), 0);
            try (Connection c = second.connect("kept");
                    ResultSet rs = c.createStatement().executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Thạch Khôi");
                assertThat(second.password()).as("the password is generated once").isEqualTo(first.password());
            } finally {
                second.stop();
            }
        } finally {
            FileSystemUtils.deleteRecursively(new File(dir.toString()));
        }
    }

    @Test
    void durableLocalAndPasswordProtectedByDefault() throws Exception {
        Path dir = Path.of("target/embedded-db-settings-test").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.toFile(), 0);
        try {
            try (Connection c = db.connect("");
                    ResultSet rs = c.createStatement().executeQuery("SELECT @@innodb_flush_log_at_trx_commit, "
                            + "@@innodb_doublewrite, @@sync_binlog, @@bind_address, @@skip_name_resolve")) {
                rs.next();
                assertThat(rs.getInt(1)).as("redo log flushed at every commit").isEqualTo(1);
                assertThat(rs.getString(2)).as("doublewrite against torn pages").isIn("1", "ON");
                assertThat(rs.getInt(3)).as("binary log synced at every commit (when enabled)").isEqualTo(1);
                assertThat(rs.getString(4)).as("listens on this machine only").isEqualTo("127.0.0.1");
                assertThat(rs.getInt(5)).isEqualTo(1);
            }
            try (Connection c = db.connect("");
                    ResultSet accounts = c.createStatement().executeQuery("SELECT User, Host, "
                            + "JSON_VALUE(Priv, '$.plugin'), JSON_VALUE(Priv, '$.authentication_string'), "
                            + "Priv LIKE '%unix_socket%', JSON_VALUE(Priv, '$.account_locked'), "
                            + "JSON_VALUE(Priv, '$.is_role') FROM mysql.global_priv")) {
                List<String> open = new ArrayList<>();
                while (accounts.next()) {
                    boolean role = "1".equals(accounts.getString(7));
                    boolean locked = "1".equals(accounts.getString(6));
                    String hash = accounts.getString(4);
                    boolean passwordOnly = "mysql_native_password".equals(accounts.getString(3))
                            && hash != null && hash.startsWith("*") && !accounts.getBoolean(5);
                    if (!role && !locked && !passwordOnly) {
                        open.add(accounts.getString(1) + "@" + accounts.getString(2));
                    }
                }
                assertThat(open).as("accounts usable without the password (anonymous, unix_socket, empty)").isEmpty();
            }
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/", "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/", "", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");

            Path passwordFile = dir.resolve("data").resolve(RootPassword.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(passwordFile).trim()).isEqualTo(db.password());
            try (var tmp = Files.list(dir.resolve("tmp"))) {
                assertThat(tmp.map(p -> p.getFileName().toString())).as("init file deleted after start")
                        .noneMatch(name -> name.startsWith("init-"));
            }
        } finally {
            db.stop();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** The demo's JVM killed with kill -9 leaves its MariaDB running; the next start stops it and starts cleanly. */
    @Test
    void aServerLeftByAKilledJvmIsStoppedAtTheNextStart() throws Exception {
        Path dir = Path.of("target/embedded-db-orphan-test").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        long orphanPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String ready = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    ready = line;
                    break;
                }
            }
            assertThat(ready).as("the holder JVM started its server and committed a row").isNotNull();
            orphanPid = Long.parseLong(ready.substring("READY ".length()).trim());
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
        assertThat(orphan.isAlive()).as("kill -9 of the JVM leaves its MariaDB running").isTrue();

        EmbeddedMariaDb next = EmbeddedMariaDb.start(dir.toFile(), 0);
        try {
            assertThat(orphan.isAlive()).as("the orphan was stopped before the new server started").isFalse();
            try (Connection c = next.connect("kept");
                    ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM note")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the committed row survived").isEqualTo(1);
            }
        } finally {
            next.stop();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** Child JVM for the kill -9 test: starts a server, commits a row, prints the server's pid, waits. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            File dir = new File(args[0]);
            EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, 0);
            db.createDatabase("kept", true);
            try (Connection c = db.connect("kept"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(40))");
                s.execute("INSERT INTO note VALUES ('Thạch Khôi')");
            }
            String pid = Files.readString(dir.toPath().resolve("data").resolve("mariadbd.pid")).trim();
            System.out.println("READY " + pid);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
