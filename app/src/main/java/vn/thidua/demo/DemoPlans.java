package vn.thidua.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.plan.PlanData;

/** The Thạch Khôi plan as demo data, with the demo's unit responsibilities per target. */
public final class DemoPlans {

    private DemoPlans() {
    }

    /**
     * The plan with its deadlines moved to the weeks after {@code today}: the original dates (2025)
     * have passed, and a walk-through should not start with every unit overdue.
     */
    public static PlanData thachKhoi(LocalDate today) {
        ObjectMapper mapper = JsonVariables.mapper();
        try (InputStream plan = resource("demo/plan-thach-khoi-50-KH-UBND-2025.json");
                InputStream resp = resource("demo/thach-khoi-target-responsibilities.json")) {
            PlanData data = mapper.readValue(plan, PlanData.class);
            JsonNode responsibilities = mapper.readTree(resp);
            List<PlanData.Target> targets = new ArrayList<>();
            for (PlanData.Target t : data.targets()) {
                JsonNode r = responsibilities.path(t.code());
                List<String> units = new ArrayList<>();
                r.path("units").forEach(u -> units.add(u.asText()));
                targets.add(new PlanData.Target(t.code(), t.name(), t.operator(), t.threshold(), t.unit(), t.text(),
                        r.path("aggregation").asText(null), units));
            }
            return new PlanData(data.document(), data.basis(), data.theme(), data.sections(), targets, data.deadlines(),
                    data.recipients(), data.units(), today.plusDays(14), today.plusDays(60), today.plusDays(75));
        } catch (IOException e) {
            throw new IllegalStateException("Demo plan cannot be read", e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DemoPlans.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing demo resource " + path);
        }
        return in;
    }
}
