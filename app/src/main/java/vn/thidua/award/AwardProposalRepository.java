package vn.thidua.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardProposalRepository extends JpaRepository<AwardProposal, Long> {

    List<AwardProposal> findByPlanIdOrderByIdAsc(Long planId);

    List<AwardProposal> findByCampaignId(Long campaignId);
}
