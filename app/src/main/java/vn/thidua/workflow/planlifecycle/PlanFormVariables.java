package vn.thidua.workflow.planlifecycle;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.thidua.workflow.FormValues;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.plan.Plan;

/** Reading form values and publishing the plan's display variables, shared by the plan's delegates. */
final class PlanFormVariables {

    private PlanFormVariables() {
    }

    static LocalDate date(VariableScope scope, String name, String label) {
        return FormValues.date(scope, name, label);
    }

    static String text(VariableScope scope, String name) {
        return FormValues.text(scope, name);
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(VietnameseDates.endOfDay(day));
    }

    /** The document now under review, signature and issue, as the forms and the chairman's pages show it. */
    static void underApproval(VariableScope scope, vn.thidua.document.OfficialDocument doc, String typeName) {
        scope.setVariable(PlanLifecycleModel.DOCUMENT_ID, doc.getId());
        scope.setVariable(PlanLifecycleModel.DOCUMENT_TITLE, typeName + " " + doc.getTitle());
        scope.setVariable(PlanLifecycleModel.DOCUMENT_URL, "/api/documents/" + doc.getId() + "/pdf");
    }

    static void publish(VariableScope scope, Plan plan) {
        // The draft form edits these; they are re-published from the saved plan after each change.
        scope.setVariable(PlanLifecycleModel.TITLE, plan.getTitle());
        scope.setVariable(PlanLifecycleModel.THEME, plan.getTheme());
        scope.setVariable(PlanLifecycleModel.LAUNCH_DEADLINE, plan.getLaunchDeadline().toString());
        scope.setVariable(PlanLifecycleModel.REPORT_DEADLINE, plan.getReportDeadline().toString());
        scope.setVariable(PlanLifecycleModel.CAMPAIGN_END, plan.getCampaignEnd() == null ? null : plan.getCampaignEnd().toString());
        scope.setVariable(PlanLifecycleModel.PLAN_TITLE, plan.getTitle().length() > 200 ? plan.getTitle().substring(0, 197) + "..." : plan.getTitle());
        scope.setVariable(PlanLifecycleModel.LAUNCH_DEADLINE_TEXT, VietnameseDates.shortForm(plan.getLaunchDeadline()));
        scope.setVariable(PlanLifecycleModel.REPORT_DEADLINE_TEXT, VietnameseDates.shortForm(plan.getReportDeadline()));
    }
}
