package vn.thidua.support;

import java.time.LocalDate;
import vn.thidua.common.text.VietnameseDates;

/**
 * The demo's Thạch Khôi plan taken over HTTP to the units' phase, each step by its official: for
 * tests whose application runs in another JVM (PlanDriver does the same inside the test's own).
 */
public final class RemoteDemoPlan {

    private RemoteDemoPlan() {
    }

    /** Draft → review → chairman's signature → issue; the unit instances then start asynchronously. */
    public static void issue(EngineRest rest) throws Exception {
        rest.complete(PlanDriver.SPECIALIST, rest.awaitTask(PlanDriver.SPECIALIST, "userTask_draftPlan"), "{}");
        rest.complete(PlanDriver.VICE_CHAIRMAN, rest.awaitTask(PlanDriver.VICE_CHAIRMAN, "userTask_reviewPlan"),
                EngineRest.variables("decision", "approve"));
        // The chairman signs (server-held demo key) through our API, which completes his task.
        String signTask = rest.awaitTask(PlanDriver.CHAIRMAN, "userTask_chairmanApprovePlan");
        long documentId = rest.get(PlanDriver.CHAIRMAN, "/engine-rest/task/" + signTask + "/variables/documentId").path("value").asLong();
        rest.call(PlanDriver.CHAIRMAN, "POST", "/api/documents/" + documentId + "/signature", null);
        rest.complete(PlanDriver.CLERK, rest.awaitTask(PlanDriver.CLERK, "userTask_issuePlan"),
                EngineRest.variables("issueDate", LocalDate.now(VietnameseDates.VIETNAM).toString()));
    }
}
