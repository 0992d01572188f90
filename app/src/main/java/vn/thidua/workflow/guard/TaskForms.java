package vn.thidua.workflow.guard;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * The allow-list: what each user task accepts, by task definition key, read off its form. A form's
 * <em>fields</em> may carry any value (the task's complete listener checks them); the values it
 * only <em>shows</em> may come back unchanged and nothing else, because Tasklist's embedded forms
 * send every variable they fetched along with the completion. Any other variable is refused,
 * through Tasklist and the engine REST API alike ({@link UserCallGuard}). FormsMatchTaskFormsTest
 * keeps this list and the forms in step.
 */
public final class TaskForms {

    /** A task's form: where it is, what the person fills in, what it only displays. */
    public record Form(String form, Set<String> fields, Set<String> shown) {

        public boolean accepts(String variable) {
            return fields.contains(variable);
        }

        public boolean shows(String variable) {
            return shown.contains(variable);
        }
    }

    private static final Form REVIEW = camundaForm("review-decision", PlanLifecycleModel.DECISION, PlanLifecycleModel.COMMENT);
    private static final Form CHAIRMAN = camundaForm("chairman-decision", PlanLifecycleModel.DECISION, PlanLifecycleModel.COMMENT);
    private static final Form ISSUE = camundaForm("issue-document", PlanLifecycleModel.ISSUE_DATE);
    private static final Form SIGN_MINUTES = camundaForm("sign-minutes", PlanLifecycleModel.DECISION, PlanLifecycleModel.COMMENT);
    /** The secretary ends the voting (a reason is optional; CouncilService.endVoting decides whether it may end). */
    private static final Form END_VOTING = camundaForm("end-voting", PlanLifecycleModel.COMMENT);

    private static final Form DRAFT = embedded("draft-plan.html",
            Set.of(PlanLifecycleModel.TITLE, PlanLifecycleModel.THEME, PlanLifecycleModel.LAUNCH_DEADLINE,
                    PlanLifecycleModel.REPORT_DEADLINE, PlanLifecycleModel.CAMPAIGN_END, PlanLifecycleModel.TARGETS),
            Set.of(PlanLifecycleModel.PLAN_ID, PlanLifecycleModel.PLAN_TITLE, PlanLifecycleModel.DRAFTER,
                    PlanLifecycleModel.REVIEW_HISTORY, PlanLifecycleModel.UNIT_OPTIONS));
    /** The consolidated report's review (decision and comment written by the form's script). */
    private static final Form REVIEW_REPORT = embedded("review-report.html",
            Set.of(PlanLifecycleModel.DECISION, PlanLifecycleModel.COMMENT),
            Set.of(PlanLifecycleModel.DOCUMENT_TITLE, PlanLifecycleModel.DOCUMENT_URL, PlanLifecycleModel.PLAN_TITLE,
                    PlanLifecycleModel.CONSOLIDATION, PlanLifecycleModel.CONSOLIDATION_NOTE, "reportHistory"));
    private static final Form FOLLOW_UP = embedded("follow-up.html",
            Set.of(PlanLifecycleModel.FOLLOW_UP_DECISION, PlanLifecycleModel.WAIT_DAYS),
            Set.of(PlanLifecycleModel.LATE_UNITS));
    private static final Form CONSOLIDATE = embedded("consolidate.html",
            Set.of(PlanLifecycleModel.CONSOLIDATION_NOTE, PlanLifecycleModel.PROPOSAL_DEADLINE),
            Set.of(PlanLifecycleModel.CONSOLIDATION));
    /** The specialist's review: returns go through the proposal API; completing sends the round on. */
    private static final Form REVIEW_PROPOSALS = embedded("review-proposals.html",
            Set.of(),
            Set.of(PlanLifecycleModel.PLAN_ID, PlanLifecycleModel.PLAN_TITLE));
    private static final Form OPEN_COUNCIL = embedded("open-council-meeting.html",
            Set.of(PlanLifecycleModel.MEETING_DATE, PlanLifecycleModel.MEETING_PLACE, PlanLifecycleModel.PRESENT_MEMBERS,
                    PlanLifecycleModel.WRITTEN_OPINIONS),
            Set.of(PlanLifecycleModel.PLAN_ID, PlanLifecycleModel.PLAN_TITLE, PlanLifecycleModel.REVIEW_HISTORY));
    /** One member's secret ballot (a transient variable: CouncilVoteListener). */
    private static final Form COUNCIL_VOTE = embedded("council-vote.html",
            Set.of(PlanLifecycleModel.BALLOTS),
            Set.of(PlanLifecycleModel.PLAN_ID, PlanLifecycleModel.PLAN_TITLE));

    private static final Form LAUNCH = embedded("launch-report.html",
            Set.of(UnitCampaignModel.LAUNCHED_ON, UnitCampaignModel.LAUNCH_FORM, UnitCampaignModel.PARTICIPANTS,
                    UnitCampaignModel.UNIT_THEME),
            Set.of(UnitCampaignModel.UNIT_NAME, UnitCampaignModel.PLAN_TITLE, UnitCampaignModel.PLAN_NUMBER,
                    UnitCampaignModel.DOCUMENT_URL, UnitCampaignModel.LAUNCH_DUE));
    /** The interim and the final report share one form. */
    private static final Form REPORT = embedded("final-report.html",
            Set.of(UnitCampaignModel.TARGET_VALUES, UnitCampaignModel.EXAMPLES, UnitCampaignModel.DIFFICULTIES,
                    UnitCampaignModel.PROPOSALS),
            Set.of(UnitCampaignModel.UNIT_NAME, UnitCampaignModel.PLAN_TITLE, UnitCampaignModel.REPORT_TARGETS,
                    UnitCampaignModel.REPORT_HEADING));
    /** The proposals themselves go through the proposal API; completing submits them. Also the correction after a return. */
    private static final Form PROPOSE = embedded("propose-awards.html",
            Set.of(),
            Set.of(UnitCampaignModel.PLAN_ID, UnitCampaignModel.UNIT_NAME, UnitCampaignModel.PLAN_TITLE));

    /** Tasklist's start form of a plan (the ward and the initiator are the person's own: PlanStartRules). */
    public static final Form PLAN_START = embedded("start-plan.html",
            Set.of(PlanLifecycleModel.TITLE, PlanLifecycleModel.THEME, PlanLifecycleModel.LAUNCH_DEADLINE,
                    PlanLifecycleModel.REPORT_DEADLINE),
            Set.of());

    private static final Map<String, Form> BY_TASK = Map.ofEntries(
            Map.entry(PlanLifecycleModel.USER_TASK_DRAFT_PLAN, DRAFT),
            Map.entry(PlanLifecycleModel.USER_TASK_REVIEW_PLAN, REVIEW),
            Map.entry(PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN, CHAIRMAN),
            Map.entry(PlanLifecycleModel.USER_TASK_ISSUE_PLAN, ISSUE),
            Map.entry(PlanLifecycleModel.USER_TASK_FOLLOW_UP_LATE_UNITS, FOLLOW_UP),
            Map.entry(PlanLifecycleModel.USER_TASK_CONSOLIDATE, CONSOLIDATE),
            Map.entry(PlanLifecycleModel.USER_TASK_REVIEW_REPORT, REVIEW_REPORT),
            Map.entry(PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_REPORT, CHAIRMAN),
            Map.entry(PlanLifecycleModel.USER_TASK_ISSUE_REPORT, ISSUE),
            Map.entry(PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, REVIEW_PROPOSALS),
            Map.entry(PlanLifecycleModel.USER_TASK_OPEN_COUNCIL_MEETING, OPEN_COUNCIL),
            Map.entry(PlanLifecycleModel.USER_TASK_COUNCIL_VOTE, COUNCIL_VOTE),
            Map.entry(PlanLifecycleModel.USER_TASK_END_VOTING, END_VOTING),
            Map.entry(PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES, SIGN_MINUTES),
            Map.entry(PlanLifecycleModel.USER_TASK_CHAIR_SIGN_MINUTES, SIGN_MINUTES),
            Map.entry(PlanLifecycleModel.USER_TASK_ISSUE_MINUTES, ISSUE),
            Map.entry(PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_AWARDS, CHAIRMAN),
            Map.entry(PlanLifecycleModel.USER_TASK_ISSUE_AWARD_DECISION, ISSUE),
            Map.entry(UnitCampaignModel.USER_TASK_REPORT_LAUNCH, LAUNCH),
            Map.entry(UnitCampaignModel.USER_TASK_REPORT_INTERIM, REPORT),
            Map.entry(UnitCampaignModel.USER_TASK_REPORT_FINAL, REPORT),
            Map.entry(UnitCampaignModel.USER_TASK_PROPOSE_AWARDS, PROPOSE),
            Map.entry(UnitCampaignModel.USER_TASK_CORRECT_PROPOSALS, PROPOSE));

    private TaskForms() {
    }

    /** The form of a task; none for a task we do not know (such a task accepts no variable). */
    public static Optional<Form> of(String taskDefinitionKey) {
        return Optional.ofNullable(taskDefinitionKey == null ? null : BY_TASK.get(taskDefinitionKey));
    }

    public static Set<String> taskKeys() {
        return BY_TASK.keySet();
    }

    private static Form camundaForm(String formId, String... fields) {
        return new Form("processes/forms/" + formId + ".form", Set.of(fields), Set.of());
    }

    private static Form embedded(String file, Set<String> fields, Set<String> shown) {
        return new Form("static/forms/" + file, fields, shown);
    }
}
