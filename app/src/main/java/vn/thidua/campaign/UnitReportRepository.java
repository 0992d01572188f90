package vn.thidua.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    List<UnitReport> findByCampaignIdAndKindOrderByVersionDesc(Long campaignId, UnitReport.Kind kind);

    /** The current final reports of a plan with their values, in one query (no per-unit round trips). */
    @Query("select distinct r from UnitReport r left join fetch r.values where r.kind = ?2 and r.currentVersion = true"
            + " and r.campaignId in (select c.id from UnitCampaign c where c.planId = ?1)")
    List<UnitReport> findCurrentOfPlan(Long planId, UnitReport.Kind kind);
}
