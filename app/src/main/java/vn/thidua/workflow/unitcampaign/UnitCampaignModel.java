package vn.thidua.workflow.unitcampaign;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Everything code and tests need to name in unit-campaign.bpmn: its element ids, message and
 * variables, and typed access to the values the process carries. One instance per unit, business
 * key "planId:unitCode", set by the plan's fan-out (a user can never start one); the unit's
 * campaign row is found by the instance id (see CampaignOfInstance), never from a variable.
 */
public final class UnitCampaignModel {

    public static final String PROCESS_KEY = "unitCampaign";

    // Elements, in the order of the model.
    public static final String START_EVENT_PLAN_RECEIVED = "startEvent_planReceived";
    public static final String USER_TASK_REPORT_LAUNCH = "userTask_reportLaunch";
    public static final String TIMER_EVENT_LAUNCH_OVERDUE = "timerEvent_launchOverdue";
    public static final String SERVICE_TASK_MARK_LAUNCH_OVERDUE = "serviceTask_markLaunchOverdue";
    public static final String TIMER_EVENT_LAUNCH_REMINDER = "timerEvent_launchReminder";
    public static final String SERVICE_TASK_REMIND_LAUNCH = "serviceTask_remindLaunch";
    public static final String USER_TASK_REPORT_INTERIM = "userTask_reportInterim";
    public static final String USER_TASK_REPORT_FINAL = "userTask_reportFinal";
    public static final String TIMER_EVENT_REPORT_OVERDUE = "timerEvent_reportOverdue";
    public static final String SERVICE_TASK_MARK_REPORT_OVERDUE = "serviceTask_markReportOverdue";
    public static final String TIMER_EVENT_REPORT_REMINDER = "timerEvent_reportReminder";
    public static final String SERVICE_TASK_REMIND_REPORT = "serviceTask_remindReport";
    public static final String SERVICE_TASK_RECORD_REPORTED = "serviceTask_recordReported";
    public static final String CATCH_EVENT_AWARD_PROPOSALS_OPENED = "catchEvent_awardProposalsOpened";
    public static final String USER_TASK_PROPOSE_AWARDS = "userTask_proposeAwards";
    public static final String BOUNDARY_EVENT_ROUND_CLOSED_WHILE_PROPOSING = "boundaryEvent_roundClosedWhileProposing";
    public static final String SERVICE_TASK_RECORD_PROPOSALS = "serviceTask_recordProposals";
    public static final String GATEWAY_JOIN_AWAIT_REVIEW = "gateway_joinAwaitReview";
    public static final String GATEWAY_AWAIT_REVIEW = "gateway_awaitReview";
    public static final String CATCH_EVENT_PROPOSAL_RETURNED = "catchEvent_proposalReturned";
    public static final String CATCH_EVENT_AWARD_ROUND_CLOSED = "catchEvent_awardRoundClosed";
    public static final String USER_TASK_CORRECT_PROPOSALS = "userTask_correctProposals";
    public static final String BOUNDARY_EVENT_ROUND_CLOSED_WHILE_CORRECTING = "boundaryEvent_roundClosedWhileCorrecting";

    public static final String MESSAGE_AWARD_PROPOSALS_OPENED = "AwardProposalsOpened";
    /** The specialist returned one of the unit's proposals: the unit's correction task opens. */
    public static final String MESSAGE_PROPOSAL_RETURNED = "AwardProposalReturned";
    /** The specialist sent the round to the council: the unit's part of the round ends. */
    public static final String MESSAGE_AWARD_ROUND_CLOSED = "AwardRoundClosed";

    // Set by the server when the plan's fan-out starts the instance: ids and display values.
    /** Display only: the plan is the first part of the business key. */
    public static final String PLAN_ID = "planId";
    /** Display only: the campaign row is found by the instance id. */
    public static final String CAMPAIGN_ID = "campaignId";
    /** The ward and the unit: candidate group "${agencyCode}.unit.${unitCode}" and the tenant. */
    public static final String AGENCY_CODE = "agencyCode";
    public static final String UNIT_CODE = "unitCode";
    public static final String UNIT_NAME = "unitName";
    public static final String PLAN_TITLE = "planTitle";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String DOCUMENT_URL = "documentUrl";
    public static final String LAUNCH_DUE = "launchDue";
    public static final String REPORT_DUE = "reportDue";
    /** Null when the plan asks for no interim report; the model skips the step then. */
    public static final String INTERIM_DUE = "interimDue";
    /** Set when the plan opens proposals (the message carries it). */
    public static final String PROPOSAL_DEADLINE = "proposalDeadline";
    public static final String REPORT_TARGETS = "reportTargets";
    /** The interim task's own heading (an input parameter of that task). */
    public static final String REPORT_HEADING = "reportHeading";

    // Typed in forms (see TaskForms for which task accepts which).
    public static final String LAUNCHED_ON = "launchedOn";
    public static final String LAUNCH_FORM = "launchForm";
    public static final String PARTICIPANTS = "participants";
    public static final String UNIT_THEME = "unitTheme";
    public static final String TARGET_VALUES = "targetValues";
    public static final String EXAMPLES = "examples";
    public static final String DIFFICULTIES = "difficulties";
    public static final String PROPOSALS = "proposals";

    private UnitCampaignModel() {
    }

    /** "12:tdp-03": the business key names the plan and the unit. */
    public static String businessKey(long planId, String unitCode) {
        return planId + ":" + unitCode;
    }

    /** The plan this unit's instance belongs to, from its business key. */
    public static long planId(DelegateExecution execution) {
        return planIdOfBusinessKey(execution.getProcessBusinessKey());
    }

    public static long planId(DelegateTask task) {
        return planId(task.getExecution());
    }

    public static long planIdOfBusinessKey(String businessKey) {
        int colon = businessKey == null ? -1 : businessKey.indexOf(':');
        if (colon < 1 || !businessKey.substring(0, colon).matches("\\d+")) {
            throw new IllegalStateException("Quy trình của đơn vị không có mã kế hoạch (business key): " + businessKey);
        }
        return Long.parseLong(businessKey.substring(0, colon));
    }

    public static Date launchDue(VariableScope scope) {
        return (Date) scope.getVariable(LAUNCH_DUE);
    }

    public static Date reportDue(VariableScope scope) {
        return (Date) scope.getVariable(REPORT_DUE);
    }
}
