package vn.thidua.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    List<Plan> findByAgencyIdOrderByIdDesc(Long agencyId);

    /**
     * Counts a unit's final report down atomically: the row lock makes concurrent reports from
     * different units wait for each other here only, so exactly one of them sees zero.
     */
    @Modifying
    @Query(value = "UPDATE plan SET units_total = ?2, units_final_pending = ?2, proposals_pending = ?2 WHERE id = ?1",
            nativeQuery = true)
    int startCounters(Long planId, int units);

    @Modifying
    @Query(value = "UPDATE plan SET units_final_pending = units_final_pending - 1 WHERE id = ?1", nativeQuery = true)
    int decrementFinalPending(Long planId);

    @Modifying
    @Query(value = "UPDATE plan SET proposals_pending = ?2 WHERE id = ?1", nativeQuery = true)
    int setProposalsPending(Long planId, int count);

    @Modifying
    @Query(value = "UPDATE plan SET proposals_pending = proposals_pending - 1 WHERE id = ?1", nativeQuery = true)
    int decrementProposalsPending(Long planId);

    /**
     * The ids of the plan's targets a unit reports (a target without responsible units is reported
     * by all): index lookups for this unit only, never the whole responsibility list of a target.
     */
    @Query(value = "SELECT t.id FROM plan_target t WHERE t.plan_id = ?1 AND (NOT EXISTS"
            + " (SELECT 1 FROM plan_target_unit u WHERE u.target_id = t.id) OR EXISTS"
            + " (SELECT 1 FROM plan_target_unit u WHERE u.target_id = t.id AND u.unit_id = ?2))", nativeQuery = true)
    List<Long> targetIdsReportedBy(Long planId, Long unitId);

    @Query(value = "SELECT units_final_pending FROM plan WHERE id = ?1", nativeQuery = true)
    int finalPending(Long planId);

    @Query(value = "SELECT proposals_pending FROM plan WHERE id = ?1", nativeQuery = true)
    int proposalsPending(Long planId);
}
