package vn.thidua.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.common.validation.JsonInput;
import vn.thidua.common.web.ApiError;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.security.Official;

/**
 * How a city adds a ward: an administrator posts its organisation file (the format of
 * demo/demo-organisation-thach-khoi.json); its people get logins without passwords (set them in
 * Camunda Admin), its roles and units become groups, its Tasklist filters and grants are made.
 * A refused file answers 400 with every problem (field + Vietnamese message) and writes nothing;
 * a ward already in the system answers 409.
 */
@RestController
class OrganisationAdminController {

    private final WardOnboarding onboarding;
    private final ObjectMapper json;

    OrganisationAdminController(WardOnboarding onboarding, ObjectMapper json) {
        this.onboarding = onboarding;
        this.json = json;
    }

    /** The body is read here, not bound by Spring, so that unreadable JSON is refused with its field path in Vietnamese. */
    @PostMapping("/api/admin/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> importWard(@RequestBody(required = false) byte[] body, @RequestParam(required = false) String parentName,
            @AuthenticationPrincipal Official official) {
        if (official == null || !official.inGroup(GroupIds.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị hệ thống được thêm đơn vị hành chính.");
        }
        Agency agency = onboarding.addWard(JsonInput.read(json, body, OrganisationData.class), parentName);
        return Map.of("agency", agency.getCode(), "id", agency.getId());
    }

    /**
     * Two administrators adding the same ward or login at the same moment both pass the checks;
     * the database's unique keys let one through and roll the other back whole.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> concurrentImport(DataIntegrityViolationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409,
                "Cùng lúc đó một tệp tổ chức khác đã thêm phường/xã hoặc tên đăng nhập này; không có gì được ghi. Hãy gửi lại để xem chi tiết.")
                .body());
    }
}
