package vn.thidua.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanReviewRepository extends JpaRepository<PlanReview, Long> {

    List<PlanReview> findByPlanIdOrderByIdAsc(Long planId);
}
