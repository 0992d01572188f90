package vn.thidua.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real application in its own JVM, for tests that must stop it as an operator would (SIGTERM,
 * Ctrl-C) or as a crash does (SIGKILL) and start it again on the same database. The test JVM's
 * classpath is the child's; its HTTP port is chosen here and its output goes to a log file that
 * stays for diagnosis.
 */
public final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Thread killOnExit;

    private ChildApplication(Process process, int port) {
        this.process = process;
        this.port = port;
        // A test that fails or is interrupted must not leave a JVM holding a port and a database.
        this.killOnExit = new Thread(process::destroyForcibly, "kill-child-application");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts {@code mainClass} with the arguments and extra environment, and waits until Spring
     * Boot reports it started (up to three minutes: two busy cores start it in about half a minute).
     */
    public static ChildApplication start(String mainClass, List<String> args, Map<String, String> environment, Path log)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), mainClass, "--server.port=" + port,
                "--logging.level.root=WARN", "--logging.level.vn.thidua=INFO",
                // A restart test needs no warm audit report, and the background render would slow it.
                "--thidua.audit.report-warm-up=false"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // With CI's TEST_DB_URL the child would recreate the shared test database at each start,
        // under the test JVM's own tests.
        builder.environment().keySet().removeIf(name -> name.startsWith("TEST_DB_"));
        builder.environment().putAll(environment);
        Files.createDirectories(log.toAbsolutePath().getParent());
        ChildApplication child = new ChildApplication(builder.start(), port);
        try {
            if (!child.awaitStarted(log)) {
                throw new AssertionError("The application did not start; see " + log.toAbsolutePath());
            }
        } catch (Exception | AssertionError e) {
            child.close();
            throw e;
        }
        return child;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as Ctrl-C or systemd: Spring closes the context and the engine stops its job executor. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        forgetShutdownHook();
    }

    /** SIGKILL: the JVM ends wherever it is, no shutdown hook, no transaction finished or rolled back by it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        forgetShutdownHook();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook runs anyway
        }
    }

    /**
     * Waits until no process names {@code directory} on its command line (an embedded MariaDB the
     * child started on its data directory, still releasing it after the JVM is gone), and ends any
     * that is still there after a minute: the next start, or the next test, needs the directory.
     */
    public static void awaitNoProcessUsing(Path directory) throws InterruptedException {
        String dir = directory.toAbsolutePath().toString();
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (ProcessHandle.allProcesses().anyMatch(p -> mentions(p, dir))) {
            if (Instant.now().isAfter(end)) {
                ProcessHandle.allProcesses().filter(p -> mentions(p, dir)).forEach(ProcessHandle::destroyForcibly);
            }
            Thread.sleep(200);
        }
    }

    private static boolean mentions(ProcessHandle process, String text) {
        return process.info().commandLine().map(c -> c.contains(text)).orElse(false);
    }

    private boolean awaitStarted(Path logFile) throws Exception {
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8), true);
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    log.println(line);
                    if (line.contains("Started ThiDuaApplication")) {
                        started.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            log.close();
            started.complete(false);
        }, "child-application-log");
        reader.setDaemon(true);
        reader.start();
        return started.get(180, TimeUnit.SECONDS);
    }
}
