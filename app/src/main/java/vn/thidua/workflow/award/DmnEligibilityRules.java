package vn.thidua.workflow.award;

import java.util.List;
import java.util.function.Function;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl configuration;

    DmnEligibilityRules(DecisionService decisions, IdentityService identity, RepositoryService repository,
            ProcessEngineConfigurationImpl configuration) {
        this.decisions = decisions;
        this.identity = identity;
        this.repository = repository;
        this.configuration = configuration;
    }

    /**
     * The latest deployed version of the table, as the engine cached it at deployment, evaluated by the engine's own DMN engine
     * (same FEEL, same table); only the per-candidate decision history is left out.
     */
    @Override
    public Function<EligibilityFacts, List<Refusal>> forRound() {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        DmnDecision decision;
        try {
            // The engine's deployed decision definition is itself the parsed table (the deployment cache's entry).
            decision = (DmnDecision) repository.getDecisionDefinition(repository.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(DECISION).withoutTenantId().latestVersion().singleResult().getId());
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
        DmnEngine dmn = configuration.getDmnEngine();
        return facts -> dmn.evaluateDecisionTable(decision, variables(facts)).getResultList().stream()
                .map(r -> new Refusal((String) r.get("code"), (String) r.get("reason"))).toList();
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
