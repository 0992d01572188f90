package vn.thidua.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findByAgencyId(Long agencyId);

    Optional<OrgUnit> findByAgencyIdAndCode(Long agencyId, String code);

    List<OrgUnit> findByHeadUsername(String username);
}
