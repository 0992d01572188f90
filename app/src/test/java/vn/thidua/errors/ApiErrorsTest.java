package vn.thidua.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.errors.ErrorBodies.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.Http;
import vn.thidua.support.IntegrationTest;

/** Our API and pages: one JSON contract for scripts, a Vietnamese error page for browsers. */
@IntegrationTest
class ApiErrorsTest {

    @LocalServerPort int port;

    @Test
    void malformedOrMistypedJsonIsA400InVietnamese() {
        Http unitHead = new Http(port);
        JsonNode malformed = refused(unitHead.basic("hai.nv", "PUT", "/api/campaigns/1/final-report", "{\"values\": "), 400);
        assertThat(malformed.get("type").asText()).isEqualTo("bad-request");
        assertThat(malformed.get("message").asText()).contains("JSON");

        JsonNode mistyped = refused(unitHead.basic("hai.nv", "PUT", "/api/campaigns/1/final-report", "{\"values\": \"95\"}"), 400);
        assertThat(mistyped.get("type").asText()).isEqualTo("invalid-input");
        assertThat(mistyped.get("problems").get(0).get("field").asText()).isEqualTo("values");

        JsonNode badPath = refused(unitHead.basic("hai.nv", "PUT", "/api/campaigns/abc/final-report", "{}"), 400);
        assertThat(badPath.get("message").asText()).contains("campaignId");
    }

    @Test
    void aStatusExceptionAnswersItsStatusWithItsReason() {
        JsonNode missing = refused(new Http(port).basic("hai.nv", "PUT", "/api/campaigns/999999/final-report",
                "{\"values\": {\"T03\": \"95\"}}"), 404);
        assertThat(missing.get("message").asText()).isEqualTo("Không tìm thấy báo cáo của đơn vị.");
        JsonNode unknown = refused(new Http(port).basic("hai.nv", "GET", "/api/khong-co-dia-chi-nay", null), 404);
        assertThat(unknown.get("type").asText()).isEqualTo("not-found");
    }

    @Test
    void theSignatureApisRefusedInputIsA400() {
        Http chairman = new Http(port);
        JsonNode noCms = refused(chairman.basic("khang.pm", "POST", "/api/documents/1/signature/complete",
                "{\"preparedId\": \"x\", \"cms\": \"\"}"), 400);
        assertThat(noCms.get("message").asText()).isEqualTo("Thiếu chữ ký CMS (cms).");
        JsonNode certificate = refused(chairman.basic("khang.pm", "POST", "/api/documents/1/signature/prepare",
                "{\"certificate\": \"AAAA\"}"), 400);
        assertThat(certificate.get("type").asText()).isEqualTo("invalid-input");
    }

    @Test
    void anUnexpectedErrorIsA500WithAReferenceAndNoInternals() {
        JsonNode body = refused(new Http(port).basic("diep.tn", "GET", "/api/test/unexpected-failure", null), 500);
        assertThat(body.get("type").asText()).isEqualTo("server-error");
        assertThat(body.get("message").asText()).contains(body.get("reference").asText()).doesNotContain("select");
    }

    @Test
    void aBrowserGetsTheVietnameseErrorPageForA403() {
        // A unit head opens the register, which is for the ward's leaders, clerk, specialist and auditor.
        HttpResponse<String> page = new Http(port).page("hai.nv", "/app/register");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Không có quyền truy cập")
                .contains("chỉ dành cho văn thư, lãnh đạo, công chức thi đua - khen thưởng và kiểm tra của đơn vị")
                .contains("href=\"/app\"").doesNotContain("Whitelabel");
        ErrorBodies.nothingInternal(page.body());
    }

    @Test
    void aBrowserGetsTheVietnameseErrorPageForA404() {
        HttpResponse<String> page = new Http(port).page("diep.tn", "/app/khong-co-trang-nay");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang").contains("Về trang chủ").doesNotContain("Whitelabel");
        ErrorBodies.nothingInternal(page.body());
    }
}
