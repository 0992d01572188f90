package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thidua.document.render.DocumentRenderer;

/** The start-up warm-up renders the real report path until it stops improving, and gives way to a real export. */
class AuditReportWarmUpTest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void rendersTheAuditReportPathAtMostTheGivenPasses() {
        int passes = new AuditReportWarmUp(renderer, true).run(5);
        // Fewer than its minimum asked: exactly those.
        assertThat(passes).isEqualTo(5);
    }

    @Test
    void aRealExportStopsIt() {
        AuditReportWarmUp warmUp = new AuditReportWarmUp(renderer, true);
        warmUp.giveWay();
        assertThat(warmUp.run(5)).isZero();
    }

    /** No pass renders while an auditor's page is being served; the passes go on once it is. */
    @Test
    void anAuditorsPageHoldsItsPasses() throws Exception {
        AuditReportWarmUp warmUp = new AuditReportWarmUp(renderer, true);
        warmUp.pageStarted();
        CompletableFuture<Integer> passes = CompletableFuture.supplyAsync(() -> warmUp.run(2),
                runnable -> new Thread(runnable, "warm-up-under-test").start());
        Thread.sleep(1500);
        assertThat(passes).isNotDone();
        warmUp.pageServed();
        assertThat(passes.get(60, TimeUnit.SECONDS)).isEqualTo(2);
    }

    /** What it renders goes through the same template as a real report, Vietnamese as written. */
    @Test
    void theSampleIsARealReport() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(AuditReportWarmUp.sample()))) {
            String text = new PDFTextStripper().getText(pdf).replace("\u200B", "").replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
            assertThat(text).contains("Vũ Thị Thu Hằng (Phó Chủ tịch UBND phường)").contains(AuditReportWarmUp.ROWS_PER_PASS + " sự kiện");
        }
    }
}
