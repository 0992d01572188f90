package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;

/** Opens a plan's award round and answers whether units may still propose. */
@Service
public class AwardRoundService {

    private final AwardRoundRepository rounds;
    private final PlanRepository plans;
    private final AwardSettings settings;
    private final Clock clock;

    AwardRoundService(AwardRoundRepository rounds, PlanRepository plans, AwardSettings settings, Clock clock) {
        this.rounds = rounds;
        this.plans = plans;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Opens (or returns) the plan's round; {@code deadline} null: today + {@code proposal-days}.
     * Idempotent, so a retried service task does not move an announced deadline.
     */
    @Transactional
    public AwardRound open(Long planId, LocalDate deadline) {
        return rounds.findByPlanId(planId).orElseGet(() -> {
            Plan plan = plans.findById(planId).orElseThrow();
            LocalDate due = deadline != null ? deadline : LocalDate.now(clock.withZone(VietnameseDates.VIETNAM)).plusDays(settings.proposalDays());
            return rounds.save(new AwardRound(planId, plan.getAgencyId(), plan.getYear(), due));
        });
    }

    @Transactional(readOnly = true)
    public AwardRound of(Long planId) {
        return rounds.findByPlanId(planId).orElseThrow(() ->
                new InvalidInputException("planId", "Kế hoạch này chưa mở đợt đề nghị khen thưởng."));
    }

    /**
     * The specialist sends the round's candidates to the council (with the Tờ trình): the list is
     * frozen from then on. Idempotent.
     */
    @Transactional
    public AwardRound sendToCouncil(Long planId) {
        AwardRound round = of(planId);
        round.sentToCouncil(clock.instant());
        return round;
    }

    /**
     * What a unit may still do with a proposal the specialist returned: correct or withdraw it, also
     * after the deadline (the specialist waits for it), until the round is sent to the council; so
     * also once corrected and not yet sent again (the unit may correct its correction).
     */
    public void requireOpenFor(AwardRound round, AwardProposal proposal) {
        if (proposal.awaitsResubmission()) {
            requireNotSent(round);
        } else {
            requireOpenForUnits(round);
        }
    }

    private void requireNotSent(AwardRound round) {
        if (round.getCouncilMetAt() != null) {
            throw new InvalidInputException("round", "Hội đồng Thi đua - Khen thưởng đã họp xét: không thể thay đổi đề nghị.");
        }
        if (round.getSentToCouncilAt() != null) {
            throw new InvalidInputException("round", "Danh sách đề nghị đã được trình Hội đồng Thi đua - Khen thưởng:"
                    + " không thể thay đổi đề nghị.");
        }
    }

    /**
     * Refuses (400, nothing written) after the deadline's last day, once the specialist has sent the
     * round to the council or once the council has met.
     */
    public void requireOpenForUnits(AwardRound round) {
        requireNotSent(round);
        LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.VIETNAM));
        if (today.isAfter(round.getProposalDeadline())) {
            throw new InvalidInputException("round", "Đã hết hạn gửi đề nghị khen thưởng (hạn cuối "
                    + VietnameseDates.shortForm(round.getProposalDeadline()) + ").");
        }
    }
}
