package vn.thidua.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.content.AuditReport;

/**
 * Renders a synthetic audit report a few times in the background once the application is ready,
 * so that the first real export does not pay for the JIT compiling FOP's layout code. Measured on a
 * 7,000-row report: the first render after start took 3–4 times the CPU of a warm one (9.7 s
 * against 2.6 s), and it took two full renders to get there, so an auditor's first PDF of a large
 * plan after each start ran past the 10 s target whatever the template did.
 *
 * <p>Never delays start (it begins after {@link ApplicationReadyEvent}, on a daemon thread) and
 * gives way: it stops as soon as a real report starts rendering ({@link #giveWay()}), when the
 * application closes, or when a pass is no longer getting faster. Each pass is small (two parts of
 * the report, well under a second once warm), so giving way is quick. Off with
 * {@code thidua.audit.report-warm-up=false} (tests and the other benchmarks, which do not need it).
 */
@Component
public class AuditReportWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(AuditReportWarmUp.class);
    /**
     * Small passes, so that giving way to a real export is quick (measured: a real export that waited
     * for a cold 600-row pass took 13 s instead of the 9.5 s of a cold render alone).
     */
    static final int ROWS_PER_PASS = 400;
    static final int MAX_PASSES = 30;
    /**
     * Passes before "no longer faster" may end it: measured, 7 passes of 600 rows still left the next
     * large report at 1.8 times the warm CPU; the JIT compiles FOP's layout code over several renders.
     */
    static final int MIN_PASSES = 18;

    private final DocumentRenderer renderer;
    private final boolean enabled;
    private final AtomicBoolean stop = new AtomicBoolean();
    /** Auditor pages being served now: the warm-up waits for them (they have their own 2 s target). */
    private final AtomicInteger pagesInFlight = new AtomicInteger();
    private final CountDownLatch finished = new CountDownLatch(1);

    AuditReportWarmUp(DocumentRenderer renderer, @Value("${thidua.audit.report-warm-up:true}") boolean enabled) {
        this.renderer = renderer;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            finished.countDown();
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                run(MAX_PASSES);
            } finally {
                finished.countDown();
            }
        }, "audit-report-warm-up");
        thread.setDaemon(true); // never holds the JVM open at shutdown
        // Intent only: the JVM on Linux ignores thread priorities without special flags. What keeps
        // it out of the way is that it stops at the first real export and when it stops improving.
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Whether the warm-up has ended (or was off) within the time given: the benchmark measures both cases. */
    public boolean awaitFinished(Duration atMost) throws InterruptedException {
        return finished.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A real report is about to render: the warm-up ends after its current (small) pass. */
    void giveWay() {
        stop.set(true);
    }

    /**
     * An auditor's page starts: passes wait until it is served. Measured before this, the first
     * timeline page after a start took 2.9 s beside the warm-up against 2.0 s without it (quiet).
     */
    void pageStarted() {
        pagesInFlight.incrementAndGet();
    }

    void pageServed() {
        pagesInFlight.decrementAndGet();
    }

    private void waitForPages() throws InterruptedException {
        while (pagesInFlight.get() > 0 && !stop.get()) {
            Thread.sleep(20);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        stop.set(true);
    }

    /**
     * Renders at least {@link #MIN_PASSES} passes, then until a pass is no faster than the best one three
     * times in a row; at most {@code maxPasses}; stops early when told to.
     *
     * @return the passes rendered
     */
    int run(int maxPasses) {
        long started = System.nanoTime();
        AuditReport report = sample();
        long best = Long.MAX_VALUE;
        int passes = 0;
        int notFaster = 0;
        try {
            while (passes < maxPasses && (passes < MIN_PASSES || notFaster < 3) && !stop.get()) {
                waitForPages();
                long t0 = System.nanoTime();
                renderer.render(report);
                long took = System.nanoTime() - t0;
                passes++;
                if (took < best * 0.95) {
                    best = took;
                    notFaster = 0;
                } else {
                    notFaster++;
                }
            }
            LOG.info("Audit report warm-up: {} passes of {} rows in {} ms (best pass {} ms){}", passes, ROWS_PER_PASS,
                    (System.nanoTime() - started) / 1_000_000, best == Long.MAX_VALUE ? 0 : best / 1_000_000,
                    stop.get() ? ", stopped for a real export or shutdown" : "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Only a warm-up: a real export reports its own failure to the auditor.
            LOG.warn("Audit report warm-up failed after {} passes: {}", passes, e.toString());
        }
        return passes;
    }

    /** Rows like a real timeline's: Vietnamese names and positions, decisions, a request path, a hash. */
    static AuditReport sample() {
        List<AuditReport.Entry> entries = new ArrayList<>(ROWS_PER_PASS);
        for (int i = 0; i < ROWS_PER_PASS; i++) {
            String time = String.format("%02d/09/2025 %02d:%02d", 1 + i % 28, 8 + i % 9, i % 60);
            String details = switch (i % 4) {
                case 0 -> "Lãnh đạo duyệt kế hoạch · Trả lại: «Bổ sung chỉ tiêu BHXH, đề nghị ghi rõ đơn vị chủ trì»";
                case 1 -> "POST /engine-rest/task/9f1c2e4a-ee15-11f1-a5c9-02fc00000001/complete → 403";
                case 2 -> "Báo cáo kết quả thực hiện kế hoạch · T03: 91 → 95,5";
                default -> "Văn bản số 50/KH-UBND · SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
            };
            entries.add(new AuditReport.Entry(time, i % 3 == 0 ? "Kế hoạch" : "Tổ dân phố số " + (1 + i % 40),
                    i % 5 == 0 ? "Trả lại" : "Hoàn thành",
                    i % 2 == 0 ? "Vũ Thị Thu Hằng (Phó Chủ tịch UBND phường)" : "Nguyễn Văn Hải (Tổ trưởng Tổ dân phố số 1)",
                    details));
        }
        return new AuditReport(AuditReport.header(null, List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG MẪU"), "Hải Phòng",
                LocalDate.of(2025, 9, 19)), "Kế hoạch phát động phong trào thi đua (bản in thử khi khởi động)", "01/KH-UBND",
                "toàn bộ kế hoạch và các đơn vị", "Hệ thống", "19/09/2025 08:00", entries);
    }
}
