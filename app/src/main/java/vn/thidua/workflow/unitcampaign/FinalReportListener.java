package vn.thidua.workflow.unitcampaign;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.ReportService;
import vn.thidua.workflow.ActingUser;
import vn.thidua.workflow.FormValues;
import vn.thidua.workflow.JsonVariables;

/**
 * userTask_reportFinal and userTask_reportInterim, on complete: a value per target the unit reports,
 * plus the narrative; the task says which kind of report it is.
 */
@Component("finalReportListener")
class FinalReportListener implements TaskListener {

    record TypedValue(String code, String value) {
    }

    private final ReportService reports;

    FinalReportListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = ((Number) task.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue();
        List<TypedValue> typed = JsonVariables.read(task.getVariable(CampaignVariables.TARGET_VALUES),
                new TypeReference<List<TypedValue>>() { }, CampaignVariables.TARGET_VALUES);
        Map<String, String> values = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach(v -> values.put(v.code(), v.value()));
        }
        ReportService.FinalReport report = new ReportService.FinalReport(values,
                FormValues.text(task, "examples"), FormValues.text(task, "difficulties"), FormValues.text(task, "proposals"));
        if ("userTask_reportInterim".equals(task.getTaskDefinitionKey())) {
            reports.submitInterim(campaignId, ActingUser.of(task), report);
        } else {
            reports.submitFinal(campaignId, ActingUser.of(task), report);
        }
    }
}
