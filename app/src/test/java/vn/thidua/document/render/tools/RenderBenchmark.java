package vn.thidua.document.render.tools;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.SampleDocuments;
import vn.thidua.document.render.content.PlanDocument;

/**
 * Throughput and allocation of rendering the Thạch Khôi plan, on 1 and 2 threads, against plain
 * FOP rendering the same XSL-FO with the same fonts and settings (so the ratio is our overhead:
 * data XML, XSLT, guards). Not a unit test: run it on a quiet machine.
 *
 * <p>Arguments: [seconds per measurement, default 10] [warm-up renders per thread, default 40].
 * Prints the best of two alternating rounds per case.
 */
public final class RenderBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    interface Job {
        byte[] render() throws Exception;
    }

    record Result(String name, int threads, double docsPerSecond, double mbPerDoc, int pdfBytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-26s threads=%d  %6.1f docs/s  %6.1f MB allocated/doc  (%d bytes PDF)",
                    name, threads, docsPerSecond, mbPerDoc, pdfBytes);
        }
    }

    public static void main(String[] args) throws Exception {
        // Without a logging config logback prints FOP's debug and per-page lines: that would be measured too.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        PlanDocument plan = SampleDocuments.plan();
        DocumentRenderer renderer = new DocumentRenderer();
        String fo = renderer.renderFo(plan);
        URL config = RenderBenchmark.class.getClassLoader().getResource("templates/fop.xconf");
        File configFile = new File(config.toURI());

        System.out.printf(Locale.ROOT, "Thạch Khôi plan; %d cores; %s; %.0f s per run after %d warm-up renders per thread%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                seconds, warmUp);
        // Warm both pipelines up first, so the first measurement does not pay for the JIT.
        measure("warm-up", 2, 0, warmUp, () -> () -> renderer.render(plan));
        measure("warm-up", 2, 0, warmUp, () -> plainFop(configFile, fo));
        // The machine may be shared: measure in rounds, alternating, and keep each case's best.
        Result[] best = new Result[4];
        for (int round = 0; round < ROUNDS; round++) {
            int i = 0;
            for (int threads : new int[] {1, 2}) {
                best[i] = better(best[i++], measure("our pipeline", threads, seconds, 0, () -> () -> renderer.render(plan)));
                best[i] = better(best[i++], measure("plain FOP, same FO", threads, seconds, 0, () -> plainFop(configFile, fo)));
            }
        }
        for (Result r : best) {
            System.out.println(r);
        }
        for (int i = 0; i < best.length; i += 2) {
            System.out.printf(Locale.ROOT, "threads=%d: our time per document is %.2f x plain FOP's%n",
                    best[i].threads(), best[i + 1].docsPerSecond() / best[i].docsPerSecond());
        }
    }

    private static final int ROUNDS = 2;

    private static Result better(Result a, Result b) {
        return a == null || b.docsPerSecond() > a.docsPerSecond() ? b : a;
    }

    /** Plain FOP: one factory per thread from the same fop.xconf, the FO parsed from text. */
    private static Job plainFop(File configFile, String fo) throws Exception {
        FopFactory factory = new FopConfParser(configFile).getFopFactoryBuilder().build();
        TransformerFactory transformers = TransformerFactory.newDefaultInstance();
        return () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FOUserAgent agent = factory.newFOUserAgent();
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
            Transformer identity = transformers.newTransformer();
            identity.transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
            return out.toByteArray();
        };
    }

    interface JobFactory {
        Job create() throws Exception;
    }

    private static Result measure(String name, int threads, double seconds, int warmUp, JobFactory jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(() -> {
                    Job job = jobs.create();
                    for (int i = 0; i < warmUp; i++) {
                        job.render();
                    }
                    long id = Thread.currentThread().getId();
                    long allocatedBefore = THREADS.getThreadAllocatedBytes(id);
                    long start = System.nanoTime();
                    long deadline = start + (long) (seconds * 1e9);
                    long count = 0;
                    long size = 0;
                    while (System.nanoTime() < deadline) {
                        size = job.render().length;
                        count++;
                    }
                    long elapsed = System.nanoTime() - start;
                    return new long[] {count, THREADS.getThreadAllocatedBytes(id) - allocatedBefore, elapsed, size};
                });
            }
            long docs = 0;
            long bytes = 0;
            long longest = 0;
            long size = 0;
            for (Future<long[]> f : pool.invokeAll(workers)) {
                long[] r = f.get();
                docs += r[0];
                bytes += r[1];
                longest = Math.max(longest, r[2]);
                size = r[3];
            }
            return docs == 0 ? null
                    : new Result(name, threads, docs / (longest / 1e9), bytes / (double) docs / (1024 * 1024), (int) size);
        } finally {
            pool.shutdownNow();
        }
    }
}
