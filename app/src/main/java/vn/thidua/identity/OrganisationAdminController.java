package vn.thidua.identity;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.security.Official;

/**
 * How a city adds a ward: an administrator posts its organisation file (the format of
 * demo/demo-organisation-thach-khoi.json); its people get logins without passwords (set them in
 * Camunda Admin), its roles and units become groups, its Tasklist filters and grants are made.
 */
@RestController
class OrganisationAdminController {

    private final OrganisationImporter importer;
    private final EngineIdentitySync sync;

    OrganisationAdminController(OrganisationImporter importer, EngineIdentitySync sync) {
        this.importer = importer;
        this.sync = sync;
    }

    @PostMapping("/api/admin/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> importWard(@RequestBody OrganisationData data, @RequestParam(required = false) String parentName,
            @AuthenticationPrincipal Official official) {
        if (official == null || !official.inGroup(GroupIds.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị hệ thống được thêm đơn vị hành chính.");
        }
        if (data == null || data.ward() == null || data.ward().code() == null || data.units() == null || data.people() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tệp tổ chức thiếu ward, units hoặc people.");
        }
        Agency agency = importer.importWard(data, parentName);
        sync.sync(agency.getId());
        return Map.of("agency", agency.getCode(), "id", agency.getId());
    }
}
