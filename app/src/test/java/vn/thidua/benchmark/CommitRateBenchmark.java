package vn.thidua.benchmark;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.util.FileSystemUtils;
import vn.thidua.support.EmbeddedMariaDb;

/**
 * What a durable commit costs, and how much of it concurrent commits win back: small inserts, one
 * commit each, from 1, 2 and 8 threads, on the embedded server with each {@link
 * EmbeddedMariaDb.Durability}. With the flush at every commit one thread waits for the disk each
 * time; several threads' commits share one flush (group commit). README, Database server settings.
 *
 * <pre>mvn -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.thidua.benchmark.CommitRateBenchmark -Dexec.args="3000"</pre>
 */
public final class CommitRateBenchmark {

    private CommitRateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int commits = args.length == 0 ? 3000 : Integer.parseInt(args[0]);
        File base = new File(new File("app").isDirectory() ? "app/target/commit-benchmark" : "target/commit-benchmark");
        FileSystemUtils.deleteRecursively(base);
        for (EmbeddedMariaDb.Durability durability : EmbeddedMariaDb.Durability.values()) {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(new File(base, durability.name().toLowerCase(Locale.ROOT)), 0, durability);
            try {
                db.createDatabase("commits", true);
                try (Connection c = db.connect("commits")) {
                    c.createStatement().execute("CREATE TABLE note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(100))");
                }
                for (int threads : new int[] {1, 2, 8}) {
                    System.out.printf(Locale.ROOT, "%s, %d thread(s): %.0f commits/s%n", durability, threads,
                            rate(db, threads, commits / threads));
                }
            } finally {
                db.stop();
            }
        }
        System.exit(0);
    }

    private static double rate(EmbeddedMariaDb db, int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(() -> {
                    try (Connection c = db.connect("commits");
                            PreparedStatement insert = c.prepareStatement("INSERT INTO note (text) VALUES ('Thạch Khôi')")) {
                        for (int k = 0; k < perThread; k++) {
                            insert.executeUpdate();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                f.get();
            }
            return threads * perThread / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
