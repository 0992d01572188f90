package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(RegisterCsv.field("01/KH-UBND")).isEqualTo("01/KH-UBND");
        assertThat(RegisterCsv.field("Số, ký hiệu")).isEqualTo("\"Số, ký hiệu\"");
        assertThat(RegisterCsv.field("Về việc \"thi đua\"")).isEqualTo("\"Về việc \"\"thi đua\"\"\"");
        assertThat(RegisterCsv.field("dòng 1\r\ndòng 2")).isEqualTo("\"dòng 1\r\ndòng 2\"");
    }

    @Test
    void aFieldExcelWouldRunAsAFormulaIsKeptAsText() {
        assertThat(RegisterCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(RegisterCsv.field("+84 912")).isEqualTo("'+84 912");
        assertThat(RegisterCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void anEmptyYearIsABomAndTheHeaderRow() {
        byte[] csv = RegisterCsv.write(new RegisterView("thach-khoi", "UBND phường Thạch Khôi", 2030, List.of()));
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFSổ,\"Số, ký hiệu\",Ngày ban hành,Loại văn bản,Trích yếu,Người ký,Người phát hành,Nơi nhận,SHA-256\r\n");
    }

    @Test
    void missingSignerAndRecipientsAreEmptyFields() {
        RegisterView.Row row = new RegisterView.Row(1, "01/KH-UBND", LocalDate.of(2026, 1, 5), "Kế hoạch", "Trích yếu", null,
                "Nguyễn Thị Bích Ngọc", null, "ab".repeat(32));
        byte[] csv = RegisterCsv.write(new RegisterView("thach-khoi", "UBND phường Thạch Khôi", 2026,
                List.of(new RegisterView.Sequence("ALL", "Sổ chung", List.of(row)))));
        assertThat(new String(csv, StandardCharsets.UTF_8).split("\r\n")[1])
                .isEqualTo("Sổ chung,01/KH-UBND,05/01/2026,Kế hoạch,Trích yếu,,Nguyễn Thị Bích Ngọc,," + "ab".repeat(32));
    }
}
