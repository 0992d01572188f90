package vn.thidua.workflow.planlifecycle;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Consolidation;
import vn.thidua.campaign.ConsolidationService;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;

/**
 * userTask_followUpLateUnits, on create: the units whose final report is still missing, each with
 * the Công văn đôn đốc already made for it, ready to send.
 */
@Component("lateUnitsListener")
class LateUnitsListener implements TaskListener {

    record Reminder(String number, String url) {
    }

    record LateUnit(Long unitId, String unitCode, String unitName, String status, boolean launchOverdue,
            boolean reportOverdue, List<Reminder> reminders) {
    }

    private final ConsolidationService consolidation;
    private final OfficialDocumentRepository documents;

    LateUnitsListener(ConsolidationService consolidation, OfficialDocumentRepository documents) {
        this.consolidation = consolidation;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = PlanLifecycleModel.planId(task);
        Map<Long, List<Reminder>> remindersByUnit = documents.findByPlanIdAndKindOrderByIdAsc(planId, "CV").stream()
                .filter(d -> d.getRecipientUnitId() != null)
                .collect(Collectors.groupingBy(OfficialDocument::getRecipientUnitId,
                        Collectors.mapping(d -> new Reminder(d.numberAndNotation(), "/api/documents/" + d.getId() + "/pdf"),
                                Collectors.toList())));
        List<LateUnit> late = consolidation.compute(planId).units().stream()
                .filter(u -> u.status().equals("STARTED") || u.status().equals("LAUNCHED"))
                .map(u -> lateUnit(u, remindersByUnit.getOrDefault(u.unitId(), List.of())))
                .toList();
        task.setVariable(PlanLifecycleModel.LATE_UNITS, JsonVariables.json(late));
    }

    private static LateUnit lateUnit(Consolidation.UnitStatus u, List<Reminder> reminders) {
        return new LateUnit(u.unitId(), u.unitCode(), u.unitName(), u.status(), u.launchOverdue(), u.reportOverdue(), reminders);
    }
}
