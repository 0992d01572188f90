package vn.thidua.award;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardProposalRepository extends JpaRepository<AwardProposal, Long> {

    List<AwardProposal> findByPlanIdOrderByIdAsc(Long planId);

    List<AwardProposal> findByCampaignId(Long campaignId);

    List<AwardProposal> findByPlanIdAndStatusOrderByIdAsc(Long planId, AwardProposal.Status status);

    List<AwardProposal> findByPlanIdAndUnitIdOrderByIdAsc(Long planId, Long unitId);

    Page<AwardProposal> findByPlanIdAndStatus(Long planId, AwardProposal.Status status, Pageable page);

    List<AwardProposal> findByPlanIdAndCandidateKey(Long planId, String candidateKey);

    List<AwardProposal> findByPlanIdAndReturnCommentIsNotNullOrderByIdAsc(Long planId);

    long countByPlanIdAndStatus(Long planId, AwardProposal.Status status);
}
