package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.thidua.document.render.content.DocumentContent;

/**
 * FOP 2.11 breaks when threads share a factory (NPEs, or documents silently without embedded
 * fonts). Sixteen renders at once on one renderer must each come out whole.
 */
class ConcurrentRenderingTest {

    private static final Map<String, String> MARKER = Map.of(
            "plan", "I. MỤC ĐÍCH, YÊU CẦU", "reminder", "Kính gửi: Tổ dân phố số 3.",
            "unit-report", "V. ĐỀ XUẤT, KIẾN NGHỊ", "consolidated-report", "Có 13/14 chỉ tiêu đạt",
            "proposal", "2. Cá nhân (02 cá nhân)", "minutes", "III. KẾT QUẢ BỎ PHIẾU",
            "decision", "QUYẾT ĐỊNH:", "certificate", "GIẤY KHEN", "register", "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025");

    @Test
    void sixteenConcurrentRendersAreEachCompleteWithEmbeddedFonts() throws Exception {
        DocumentRenderer renderer = new DocumentRenderer();
        List<String> names = new ArrayList<>(SampleDocuments.all().keySet());
        Map<String, DocumentContent> samples = SampleDocuments.all();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                DocumentContent content = samples.get(names.get(i % names.size()));
                results.add(pool.submit(() -> {
                    start.await();
                    return renderer.render(content);
                }));
            }
            start.countDown();
            for (int i = 0; i < 16; i++) {
                String name = names.get(i % names.size());
                try (PdfInspection pdf = new PdfInspection(results.get(i).get(60, TimeUnit.SECONDS))) {
                    LayoutRules.assertFontsEmbeddedLiberation(pdf);
                    assertThat(pdf.flatText()).as(name).contains(MARKER.get(name), "Thạch Khôi");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
