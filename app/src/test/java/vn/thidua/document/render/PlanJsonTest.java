package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.Threshold;

class PlanJsonTest {

    @Test
    void readsTheThachKhoiPlanWithItsFourteenTargets() {
        PlanJson.Plan plan = SampleDocuments.thachKhoi();
        PlanDocument doc = plan.document();
        assertThat(doc.header().agencyLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH KHÔI");
        assertThat(doc.header().number().display()).isEqualTo("50/KH-UBND");
        assertThat(doc.recipients().draftingUnit()).isEqualTo("VHXH");
        assertThat(doc.recipients().names()).hasSize(9).doesNotContain("Lưu: VT, VHXH.");
        assertThat(plan.targets()).hasSize(14);
        assertThat(plan.targets().get(7).threshold().display()).isEqualTo("≥ 55,02%");
        assertThat(plan.targets().get(8).threshold().comparison()).isEqualTo(Threshold.Comparison.LESS_THAN);
    }

    @Test
    void readsTheUnnumberedHaDongDraftAndMendsItsArchiveLine() throws IOException {
        PlanDocument doc = SampleDocuments.load(SampleDocuments.HA_DONG_PLAN).document();
        assertThat(doc.header().number().isDraft()).isTrue();
        assertThat(doc.header().date()).isNull();
        assertThat(doc.signature().authority()).isNull();
        assertThat(doc.signature().signerName()).isEqualTo("Hoàng Văn Đại");
        assertThat(doc.recipients().archiveLine()).isEqualTo("Lưu: VT, VH-XH.");

        try (PdfInspection pdf = new PdfInspection(new DocumentRenderer().render(doc))) {
            assertThat(pdf.flatText()).contains("ỦY BAN NHÂN DÂN", "XÃ HÀ ĐÔNG", "/KH-UBND", "- Lưu: VT, VH-XH.",
                    "Hoàng Văn Đại");
            LayoutRules.assertInsideMargins(pdf);
            LayoutRules.assertPageNumbers(pdf);
        }
    }
}
