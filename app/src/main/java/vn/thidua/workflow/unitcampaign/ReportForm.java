package vn.thidua.workflow.unitcampaign;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.thidua.campaign.ReportService;
import vn.thidua.workflow.FormValues;
import vn.thidua.workflow.JsonVariables;

/** What the report form (final-report.html, used by the interim and the final report) submitted. */
final class ReportForm {

    /** One row of the form: a target's code and the value as the person typed it ("55,02", "đạt"). */
    record TypedValue(String code, String value) {
    }

    private ReportForm() {
    }

    static ReportService.FinalReport read(DelegateTask task) {
        List<TypedValue> typed = JsonVariables.read(task.getVariable(UnitCampaignModel.TARGET_VALUES),
                new TypeReference<List<TypedValue>>() { }, UnitCampaignModel.TARGET_VALUES);
        Map<String, String> values = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach(v -> values.put(v.code(), v.value()));
        }
        return new ReportService.FinalReport(values, FormValues.text(task, UnitCampaignModel.EXAMPLES),
                FormValues.text(task, UnitCampaignModel.DIFFICULTIES), FormValues.text(task, UnitCampaignModel.PROPOSALS));
    }
}
