package vn.thidua.workflow.planlifecycle;

/** Names shared by planLifecycle.bpmn, its forms and its delegates. Variables carry ids, not documents. */
public final class PlanVariables {

    public static final String PROCESS_KEY = "planLifecycle";
    public static final String MESSAGE_ALL_UNITS_REPORTED = "AllUnitsReported";
    public static final String MESSAGE_ALL_PROPOSALS_SUBMITTED = "AllProposalsSubmitted";

    public static final String PLAN_ID = "planId";
    public static final String AGENCY_CODE = "agencyCode";
    public static final String PLAN_TITLE = "planTitle";
    public static final String DRAFTER = "drafter";
    public static final String LAUNCH_DEADLINE_TEXT = "launchDeadlineText";
    public static final String REPORT_DEADLINE_TEXT = "reportDeadlineText";
    public static final String REVIEW_HISTORY = "reviewHistory";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String DOCUMENT_TITLE = "documentTitle";
    public static final String DOCUMENT_URL = "documentUrl";
    /** The official document under review, signature and issue at the current step. */
    public static final String DOCUMENT_ID = "documentId";
    public static final String REPORT_NUMBER = "reportNumber";
    public static final String ISSUE_DATE = "issueDate";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String REPORT_WAIT_UNTIL = "reportWaitUntil";
    public static final String LATE_UNITS = "lateUnits";
    public static final String FOLLOW_UP_DECISION = "followUpDecision";
    public static final String WAIT_DAYS = "waitDays";
    public static final String CONSOLIDATION = "consolidation";
    public static final String CONSOLIDATION_NOTE = "consolidationNote";
    public static final String PROPOSAL_DEADLINE = "proposalDeadline";
    public static final String CANDIDATES = "candidates";
    public static final String COUNCIL_SIZE = "councilSize";
    public static final String COUNCIL_PRESENT = "councilPresent";
    public static final String VOTES = "votes";
    public static final String AWARD_DECISION_NUMBER = "awardDecisionNumber";
    public static final String TARGETS = "targets";

    /** The steps completed by signing on the chairman's pages (Tasklist may only return there). */
    public static final java.util.Set<String> SIGNATURE_TASKS = java.util.Set.of("userTask_chairmanApprovePlan",
            "userTask_chairmanApproveReport", "userTask_chairmanApproveAwards");

    /** The page a signer opens for a document (also named in Tasklist's refusal message). */
    public static String signingPageOf(long documentId) {
        return "/app/ky-so/" + documentId;
    }

    private PlanVariables() {
    }
}
