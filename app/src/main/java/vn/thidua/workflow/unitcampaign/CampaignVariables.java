package vn.thidua.workflow.unitcampaign;

/** Names shared by unitCampaign.bpmn, its forms and its delegates. */
public final class CampaignVariables {

    public static final String PROCESS_KEY = "unitCampaign";
    public static final String MESSAGE_AWARD_PROPOSALS_OPENED = "AwardProposalsOpened";

    public static final String CAMPAIGN_ID = "campaignId";
    public static final String UNIT_CODE = "unitCode";
    public static final String UNIT_NAME = "unitName";
    public static final String LAUNCH_DUE = "launchDue";
    public static final String REPORT_DUE = "reportDue";
    /** Null when the plan asks for no interim report; the model skips the step then. */
    public static final String INTERIM_DUE = "interimDue";
    public static final String REPORT_TARGETS = "reportTargets";
    public static final String TARGET_VALUES = "targetValues";
    public static final String AWARD_CANDIDATES = "awardCandidates";

    private CampaignVariables() {
    }

    /** "12:tdp-03": the business key names the plan and the unit. */
    public static String businessKey(Long planId, String unitCode) {
        return planId + ":" + unitCode;
    }
}
