package vn.thidua.award;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRoundRepository extends JpaRepository<AwardRound, Long> {

    Optional<AwardRound> findByPlanId(Long planId);
}
