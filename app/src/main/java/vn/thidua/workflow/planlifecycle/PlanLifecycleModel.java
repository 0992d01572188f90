package vn.thidua.workflow.planlifecycle;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Everything code and tests need to name in plan-lifecycle.bpmn: its element ids, messages and
 * variables, and typed access to the values the process carries. The plan an instance belongs to
 * is its business key (set by the server at start, never by a user): {@link #planId(DelegateExecution)}.
 * Variables carry display values and ids for the forms; nothing reads an id variable to choose
 * which record to write.
 */
public final class PlanLifecycleModel {

    public static final String PROCESS_KEY = "planLifecycle";

    // Elements, in the order of the model.
    public static final String START_EVENT_PLAN_STARTED = "startEvent_planStarted";
    public static final String SERVICE_TASK_CREATE_DRAFT = "serviceTask_createDraft";
    public static final String USER_TASK_DRAFT_PLAN = "userTask_draftPlan";
    public static final String USER_TASK_REVIEW_PLAN = "userTask_reviewPlan";
    public static final String USER_TASK_CHAIRMAN_APPROVE_PLAN = "userTask_chairmanApprovePlan";
    public static final String USER_TASK_ISSUE_PLAN = "userTask_issuePlan";
    public static final String SERVICE_TASK_START_UNIT_CAMPAIGNS = "serviceTask_startUnitCampaigns";
    public static final String GATEWAY_WAIT_FOR_REPORTS = "gateway_waitForReports";
    public static final String TIMER_EVENT_REPORT_DEADLINE = "timerEvent_reportDeadline";
    public static final String USER_TASK_FOLLOW_UP_LATE_UNITS = "userTask_followUpLateUnits";
    public static final String SERVICE_TASK_COMPUTE_CONSOLIDATION = "serviceTask_computeConsolidation";
    public static final String USER_TASK_CONSOLIDATE = "userTask_consolidate";
    public static final String USER_TASK_REVIEW_REPORT = "userTask_reviewReport";
    public static final String USER_TASK_CHAIRMAN_APPROVE_REPORT = "userTask_chairmanApproveReport";
    public static final String USER_TASK_ISSUE_REPORT = "userTask_issueReport";
    public static final String SERVICE_TASK_OPEN_AWARD_PROPOSALS = "serviceTask_openAwardProposals";
    public static final String GATEWAY_WAIT_FOR_PROPOSALS = "gateway_waitForProposals";
    public static final String TIMER_EVENT_PROPOSAL_DEADLINE = "timerEvent_proposalDeadline";
    public static final String USER_TASK_REVIEW_PROPOSALS = "userTask_reviewProposals";
    public static final String USER_TASK_OPEN_COUNCIL_MEETING = "userTask_openCouncilMeeting";
    /** Multi-instance: one task per member present, assigned to that member's login. */
    public static final String USER_TASK_COUNCIL_VOTE = "userTask_councilVote";
    /** The voting: the members' ballots and the secretary's "Kết thúc bỏ phiếu"; whichever ends first ends the other. */
    public static final String SUB_PROCESS_COUNCIL_VOTING = "subProcess_councilVoting";
    /** The secretary ends the voting when a member present does not vote (CouncilService.endVoting's rule). */
    public static final String USER_TASK_END_VOTING = "userTask_endVoting";
    public static final String SERVICE_TASK_CLOSE_COUNCIL_MEETING = "serviceTask_closeCouncilMeeting";
    /** The Biên bản: the council's secretary signs first, then its chair (assignees from the draft's signers). */
    public static final String USER_TASK_SECRETARY_SIGN_MINUTES = "userTask_secretarySignMinutes";
    public static final String USER_TASK_CHAIR_SIGN_MINUTES = "userTask_chairSignMinutes";
    public static final String USER_TASK_ISSUE_MINUTES = "userTask_issueMinutes";
    public static final String USER_TASK_CHAIRMAN_APPROVE_AWARDS = "userTask_chairmanApproveAwards";
    public static final String USER_TASK_ISSUE_AWARD_DECISION = "userTask_issueAwardDecision";
    /** The specialist sent a round without any candidate: no council meeting, no decision. */
    public static final String END_EVENT_NO_PROPOSALS = "endEvent_noProposals";
    public static final String END_EVENT_AWARDS_ISSUED = "endEvent_awardsIssued";

    public static final String MESSAGE_ALL_UNITS_REPORTED = "AllUnitsReported";
    public static final String MESSAGE_ALL_PROPOSALS_SUBMITTED = "AllProposalsSubmitted";

    // Set by the server: ids and display values.
    /** Display only (forms, Cockpit): the plan is the business key. */
    public static final String PLAN_ID = "planId";
    /** The ward: candidate groups "${agencyCode}.…" and the tenant. Taken from the plan's agency. */
    public static final String AGENCY_CODE = "agencyCode";
    /** Who started the instance; the engine writes it from the logged-in user (camunda:initiator). */
    public static final String INITIATOR = "initiator";
    public static final String PLAN_TITLE = "planTitle";
    public static final String DRAFTER = "drafter";
    public static final String LAUNCH_DEADLINE_TEXT = "launchDeadlineText";
    public static final String REPORT_DEADLINE_TEXT = "reportDeadlineText";
    public static final String REVIEW_HISTORY = "reviewHistory";
    /** Display only: the document under review, signature and issue at the current step (see PlanOfInstance). */
    public static final String DOCUMENT_ID = "documentId";
    public static final String DOCUMENT_TITLE = "documentTitle";
    public static final String DOCUMENT_URL = "documentUrl";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String REPORT_NUMBER = "reportNumber";
    public static final String AWARD_DECISION_NUMBER = "awardDecisionNumber";
    public static final String REPORT_WAIT_UNTIL = "reportWaitUntil";
    public static final String LATE_UNITS = "lateUnits";
    public static final String CONSOLIDATION = "consolidation";
    /** The vote task's own login (the multi-instance element variable; its assignee). */
    public static final String COUNCIL_VOTER = "councilVoter";

    // Typed in forms (see TaskForms for which task accepts which).
    public static final String TITLE = "title";
    public static final String THEME = "theme";
    public static final String LAUNCH_DEADLINE = "launchDeadline";
    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String CAMPAIGN_END = "campaignEnd";
    /** The units a draft target can be given to (every unit, a class of units, chosen units): shown by the draft form. */
    public static final String UNIT_OPTIONS = "unitOptions";
    public static final String TARGETS = "targets";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String ISSUE_DATE = "issueDate";
    public static final String FOLLOW_UP_DECISION = "followUpDecision";
    public static final String WAIT_DAYS = "waitDays";
    public static final String CONSOLIDATION_NOTE = "consolidationNote";
    /** Typed at consolidation; the proposal timer and every unit's proposal task are due then. */
    public static final String PROPOSAL_DEADLINE = "proposalDeadline";
    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_PLACE = "meetingPlace";
    /** JSON list of the logins of the members present. */
    public static final String PRESENT_MEMBERS = "presentMembers";
    /** JSON list of absent members' written opinions: {login, opinion, votes: {proposalId: agree}}. */
    public static final String WRITTEN_OPINIONS = "writtenOpinions";
    /**
     * A member's secret ballot, JSON {proposalId: agree}: sent as a <em>transient</em> variable, so
     * neither the runtime nor the history keeps it next to the voter's task (refused otherwise).
     */
    public static final String BALLOTS = "ballots";

    /** The steps completed by signing on the chairman's pages (Tasklist may only return there). */
    public static final Set<String> SIGNATURE_TASKS = Set.of(USER_TASK_CHAIRMAN_APPROVE_PLAN,
            USER_TASK_CHAIRMAN_APPROVE_REPORT, USER_TASK_SECRETARY_SIGN_MINUTES, USER_TASK_CHAIR_SIGN_MINUTES,
            USER_TASK_CHAIRMAN_APPROVE_AWARDS);

    /** Which of the plan's documents each review, signature and issue step acts on (its kind). */
    private static final Map<String, String> DOCUMENT_KIND_AT = Map.ofEntries(
            Map.entry(USER_TASK_REVIEW_PLAN, "KH"),
            Map.entry(USER_TASK_CHAIRMAN_APPROVE_PLAN, "KH"),
            Map.entry(USER_TASK_ISSUE_PLAN, "KH"),
            Map.entry(USER_TASK_REVIEW_REPORT, "BC"),
            Map.entry(USER_TASK_CHAIRMAN_APPROVE_REPORT, "BC"),
            Map.entry(USER_TASK_ISSUE_REPORT, "BC"),
            Map.entry(USER_TASK_SECRETARY_SIGN_MINUTES, "BB"),
            Map.entry(USER_TASK_CHAIR_SIGN_MINUTES, "BB"),
            Map.entry(USER_TASK_ISSUE_MINUTES, "BB"),
            Map.entry(USER_TASK_CHAIRMAN_APPROVE_AWARDS, "QD"),
            Map.entry(USER_TASK_ISSUE_AWARD_DECISION, "QD"));

    private PlanLifecycleModel() {
    }

    /** The page a signer opens for a document (also named in Tasklist's refusal message). */
    public static String signingPageOf(long documentId) {
        return "/app/ky-so/" + documentId;
    }

    /** The kind of document ("KH", "BC", "QD") the step works on; a step without a document has none. */
    public static String documentKindAt(String taskDefinitionKey) {
        String kind = DOCUMENT_KIND_AT.get(taskDefinitionKey);
        if (kind == null) {
            throw new IllegalStateException("Bước " + taskDefinitionKey + " không xử lý văn bản nào.");
        }
        return kind;
    }

    /** The business key of a plan's instance: the plan's id. */
    public static String businessKey(long planId) {
        return String.valueOf(planId);
    }

    /** The plan this instance belongs to, from its business key. */
    public static long planId(DelegateExecution execution) {
        return planIdOfBusinessKey(execution.getProcessBusinessKey());
    }

    public static long planId(DelegateTask task) {
        return planId(task.getExecution());
    }

    public static long planIdOfBusinessKey(String businessKey) {
        if (businessKey == null || !businessKey.matches("\\d+")) {
            throw new IllegalStateException("Quy trình kế hoạch không có mã kế hoạch (business key): " + businessKey);
        }
        return Long.parseLong(businessKey);
    }

    /** The displayed document id out of variables read through the API (e.g. a task's variables). */
    public static long documentId(Map<String, ?> variables) {
        Object value = variables.get(DOCUMENT_ID);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Không có văn bản đang trình ở bước này.");
        }
        return number.longValue();
    }
}
