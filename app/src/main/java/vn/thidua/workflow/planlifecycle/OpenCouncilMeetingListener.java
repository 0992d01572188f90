package vn.thidua.workflow.planlifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.council.CouncilService;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.plan.Plan;
import vn.thidua.workflow.ActingUser;
import vn.thidua.workflow.JsonVariables;

/**
 * userTask_openCouncilMeeting, on complete: the secretary opens the council's meeting (date, place),
 * records who is present and the absent members' written opinions. Without the quorum the
 * completion is refused at the attendance field and nothing is written; the members present then
 * get one vote task each (CouncilVoters).
 */
@Component("openCouncilMeetingListener")
class OpenCouncilMeetingListener implements TaskListener {

    record WrittenOpinion(String login, String opinion, Map<Long, Boolean> votes) {
    }

    private final PlanOfInstance planOfInstance;
    private final CouncilService council;

    OpenCouncilMeetingListener(PlanOfInstance planOfInstance, CouncilService council) {
        this.planOfInstance = planOfInstance;
        this.council = council;
    }

    @Override
    public void notify(DelegateTask task) {
        Plan plan = planOfInstance.plan(task);
        String secretary = ActingUser.of(task);
        LocalDate heldOn = PlanFormVariables.date(task, PlanLifecycleModel.MEETING_DATE, "Ngày họp");
        String place = PlanFormVariables.text(task, PlanLifecycleModel.MEETING_PLACE);
        List<String> present = JsonVariables.read(task.getVariable(PlanLifecycleModel.PRESENT_MEMBERS),
                new TypeReference<List<String>>() { }, PlanLifecycleModel.PRESENT_MEMBERS);
        List<WrittenOpinion> opinions = JsonVariables.read(task.getVariable(PlanLifecycleModel.WRITTEN_OPINIONS),
                new TypeReference<List<WrittenOpinion>>() { }, PlanLifecycleModel.WRITTEN_OPINIONS);
        CouncilService.Meeting meeting = council.open(plan.getId(), heldOn, place, secretary);
        council.recordAttendance(meeting.id(), present == null ? List.of() : present, secretary);
        CouncilService.Attendance attendance = council.attendance(meeting);
        if (!attendance.sufficient()) {
            throw new InvalidInputException(PlanLifecycleModel.PRESENT_MEMBERS, "Cuộc họp không đủ số thành viên: có mặt "
                    + attendance.present() + "/" + attendance.councilSize() + ", cần ít nhất " + attendance.needed()
                    + " thành viên để xét khen thưởng.");
        }
        for (WrittenOpinion o : opinions == null ? List.<WrittenOpinion>of() : opinions) {
            council.recordWrittenOpinion(meeting.id(), o.login(), o.opinion(), o.votes() == null ? Map.of() : o.votes(), secretary);
        }
    }
}
