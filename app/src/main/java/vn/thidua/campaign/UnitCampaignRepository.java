package vn.thidua.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitCampaignRepository extends JpaRepository<UnitCampaign, Long> {

    List<UnitCampaign> findByPlanId(Long planId);

    Optional<UnitCampaign> findByPlanIdAndUnitId(Long planId, Long unitId);

    /** The campaign a unitCampaign instance runs (one row per instance, unique index). */
    Optional<UnitCampaign> findByProcessInstanceId(String processInstanceId);

    long countByPlanIdAndStatus(Long planId, UnitCampaign.Status status);
}
