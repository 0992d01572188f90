package vn.thidua.workflow.planlifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.thidua.award.council.CouncilService;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.common.validation.TextRules;
import vn.thidua.workflow.JsonVariables;

/**
 * userTask_councilVote, on complete: the member's secret ballot, agree or disagree on every
 * candidate. The voter is the authenticated user of the completion, who must be the member the
 * task is assigned to; the ballot must come as a transient variable, so that nothing next to the
 * voter's task keeps the choices (CouncilService keeps only who voted and the counters).
 */
@Component("councilVoteListener")
class CouncilVoteListener implements TaskListener {

    private final CouncilService council;

    CouncilVoteListener(CouncilService council) {
        this.council = council;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String voter = auth == null ? null : auth.getUserId();
        if (voter == null || !voter.equals(task.getAssignee())) {
            throw new InvalidInputException(PlanLifecycleModel.BALLOTS, "Phiếu bầu này là của thành viên "
                    + task.getAssignee() + ": mỗi thành viên chỉ bỏ phiếu trên tài khoản của mình.");
        }
        TypedValue sent = task.getVariableTyped(PlanLifecycleModel.BALLOTS);
        if (sent == null || sent.getValue() == null) {
            throw new InvalidInputException(PlanLifecycleModel.BALLOTS, "Chưa có phiếu bầu: hãy chọn đồng ý hoặc không đồng ý cho từng người.");
        }
        if (!sent.isTransient()) {
            throw new InvalidInputException(PlanLifecycleModel.BALLOTS, "Phiếu bầu kín phải gửi dưới dạng biến tạm (transient),"
                    + " không lưu cùng công việc của thành viên.");
        }
        Map<Long, Boolean> ballots = JsonVariables.read(sent.getValue(), new TypeReference<TreeMap<Long, Boolean>>() { },
                PlanLifecycleModel.BALLOTS);
        CouncilService.Meeting meeting = council.openMeetingOf(PlanLifecycleModel.planId(task));
        Set<Long> candidates = council.candidates(meeting.id());
        TextRules rules = new TextRules();
        candidates.stream().filter(id -> ballots.get(id) == null).findFirst().ifPresent(id -> rules.problem(
                PlanLifecycleModel.BALLOTS, "Chưa bỏ phiếu cho tất cả người được đề nghị: mỗi người cần đồng ý hoặc không đồng ý."));
        ballots.keySet().stream().filter(id -> !candidates.contains(id)).findFirst().ifPresent(id -> rules.problem(
                PlanLifecycleModel.BALLOTS, "Đề nghị số " + id + " không thuộc danh sách bỏ phiếu của cuộc họp."));
        rules.throwIfAny();
        ballots.forEach((proposalId, agree) -> council.castBallot(meeting.id(), voter, proposalId, agree));
    }
}
