package vn.thidua.support;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.beans.factory.DisposableBean;

/**
 * The database a demo run or a test JVM talks to. One embedded server per JVM: several Spring
 * contexts in one test run share it, and it stops when the last user closes or the JVM exits.
 */
public final class DatabaseServer implements DisposableBean {

    private static EmbeddedMariaDb shared;
    private static int users;
    private static boolean freshDone;
    /** Databases already (re)created in this JVM: each is made fresh once, then shared. */
    private static final java.util.Set<String> prepared = new java.util.HashSet<>();

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final boolean embedded;

    private DatabaseServer(String jdbcUrl, String username, String password, boolean embedded) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    static DatabaseServer external(String url, String username, String password) {
        synchronized (DatabaseServer.class) {
            if (!freshDone) {
                recreateExternal(url, username, password);
                freshDone = true;
            }
        }
        return new DatabaseServer(url, username, password, false);
    }

    static synchronized DatabaseServer embedded(File dir, int port, String database, boolean fresh,
            EmbeddedMariaDb.Durability durability) {
        if (shared == null) {
            shared = EmbeddedMariaDb.start(dir, port, durability);
            EmbeddedMariaDb started = shared;
            // JVM exit: Spring closes its contexts in its own hook at the same time; give them a
            // moment to release the database (destroy() below) before the server goes away.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                waitForUsersToClose(10_000);
                stopQuietly(started);
            }, "embedded-mariadb-stop"));
        }
        if (prepared.add(database) || !fresh) {
            shared.createDatabase(database, fresh && !"keep".equals(System.getProperty("thidua.embedded-db.reuse")));
        }
        users++;
        return new DatabaseServer(shared.jdbcUrl(database), shared.username(), shared.password(), true);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    @Override
    public void destroy() {
        if (!embedded) {
            return;
        }
        synchronized (DatabaseServer.class) {
            users--;
            // Tests: other cached contexts may still use the server; the shutdown hook stops it.
            // Demo run (a single context): stop now, cleanly, on Ctrl-C.
            if (users == 0 && shared != null) {
                stopQuietly(shared);
                shared = null;
            }
        }
    }

    private static void waitForUsersToClose(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            synchronized (DatabaseServer.class) {
                if (users <= 0) {
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void stopQuietly(EmbeddedMariaDb db) {
        if (db != null) {
            try {
                db.stop();
            } catch (RuntimeException ignored) {
                // already stopped
            }
        }
    }

    /** The external test server gets a fresh database once per JVM, like the embedded one. */
    private static void recreateExternal(String url, String username, String password) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        String serverUrl = url.substring(0, slash + 1);
        try (Connection c = DriverManager.getConnection(serverUrl, username, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare test database on " + serverUrl + ": " + e.getMessage(), e);
        }
    }
}
