package vn.thidua.workflow.award;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.thidua.award.rules.EligibilityFacts;
import vn.thidua.award.rules.EligibilityRules;

/**
 * Evaluates the DMN table {@code awardEligibility} (processes/award-eligibility.dmn) on the engine,
 * so the rules officials read are the ones applied, and each evaluation is in the engine's history.
 */
@Component
class DmnEligibilityRules implements EligibilityRules {

    static final String DECISION = "awardEligibility";

    private final DecisionService decisions;
    private final IdentityService identity;

    DmnEligibilityRules(DecisionService decisions, IdentityService identity) {
        this.decisions = decisions;
        this.identity = identity;
    }

    @Override
    public List<Refusal> refusals(EligibilityFacts f) {
        VariableMap vars = variables(f);
        // The rules are the ward's law, not a resource a unit head holds a grant on: evaluate them
        // as the system, whoever asked (a unit head proposing has no decision-definition grant).
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            List<Map<String, Object>> rows = decisions.evaluateDecisionTableByKey(DECISION).variables(vars).evaluate()
                    .getResultList();
            return rows.stream().map(r -> new Refusal((String) r.get("code"), (String) r.get("reason"))).toList();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static VariableMap variables(EligibilityFacts f) {
        return Variables.createVariables()
                .putValue("title", f.title())
                .putValue("kind", f.kind())
                .putValue("completion", f.completion())
                .putValue("initiative", f.initiative())
                .putValue("ldttSameYear", f.ldttSameYear())
                .putValue("discipline", f.discipline() == null ? "KHONG" : f.discipline())
                .putValue("inspection", f.inspection())
                .putValue("complaint", f.complaint())
                .putValue("ldttPercent", f.ldttPercent() == null ? 0.0 : f.ldttPercent())
                .putValue("disciplinedMembers", f.disciplinedMembers() == null ? 0 : f.disciplinedMembers());
    }
}
