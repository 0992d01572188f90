package vn.thidua.workflow.award;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.rules.EligibilityFacts;
import vn.thidua.award.rules.EligibilityRules;

/**
 * Evaluates the DMN table {@code awardEligibility} (processes/award-eligibility.dmn) as deployed on
 * the engine, so the rules officials read are the ones applied.
 *
 * <p>A unit's proposal goes through the engine's {@code DecisionService}: one entry in the engine's
 * decision history per evaluation. A whole round (15,000 proposals, a few thousand distinct fact
 * combinations) is evaluated by a DMN engine of its own, built with the process engine's FEEL
 * and settings (each expression parsed once) but without its history and metrics listeners: those listeners, and the
 * engine's parse handlers, need the engine's command context, and writing one history entry with
 * ten inputs and its outputs per evaluation took minutes. It evaluates the same deployed table (the
 * latest version's XML, read from the repository and parsed once per deployment); the results and
 * the table's definition id are stored on the proposals by the caller.
 */
@Component
class DmnEligibilityRules implements EligibilityRules {

    static final String DECISION = "awardEligibility";
    private static final Logger LOG = LoggerFactory.getLogger(DmnEligibilityRules.class);

    private final DecisionService decisions;
    private final IdentityService identity;
    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, DmnDecision> parsedByDeployment = new ConcurrentHashMap<>();
    private volatile DmnEngine roundEngine;

    DmnEligibilityRules(DecisionService decisions, IdentityService identity, RepositoryService repository,
            ProcessEngineConfigurationImpl engine) {
        this.decisions = decisions;
        this.identity = identity;
        this.repository = repository;
        this.engine = engine;
    }

    /**
     * Parses the deployed table for rounds and runs it once when the application is ready, in the
     * background: the specialist's first check after a start then does not pay for loading FEEL's
     * parser and interpreter (about 2 s on a busy 2-core machine).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpRoundEvaluator() {
        Thread warmUp = new Thread(() -> {
            try {
                forRound(null).refusals(new EligibilityFacts("LAO_DONG_TIEN_TIEN", "INDIVIDUAL", "TOT", false, false, "KHONG",
                        false, false, null, null));
            } catch (RuntimeException e) {
                LOG.warn("Không chuẩn bị trước được bảng quyết định {} cho việc xét cả đợt: {}", DECISION, e.toString());
            }
        }, "award-rules-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public Evaluator forProposal(String tenantId) {
        DecisionDefinition definition = latest(tenantId);
        return new Evaluator() {
            @Override
            public String decision() {
                return definition.getId();
            }

            @Override
            public List<Refusal> refusals(EligibilityFacts facts) {
                VariableMap vars = variables(facts);
                return asSystem(() -> DmnEligibilityRules.refusals(decisions.evaluateDecisionTableById(definition.getId())
                        .variables(vars).evaluate().getResultList()));
            }
        };
    }

    @Override
    public Evaluator forRound(String tenantId) {
        DecisionDefinition definition = latest(tenantId);
        DmnDecision decision = parsedByDeployment.computeIfAbsent(definition.getDeploymentId(), id -> parse(definition));
        DmnEngine dmn = roundEngine();
        return new Evaluator() {
            @Override
            public String decision() {
                return definition.getId();
            }

            @Override
            public List<Refusal> refusals(EligibilityFacts facts) {
                return DmnEligibilityRules.refusals(dmn.evaluateDecisionTable(decision, variables(facts)).getResultList());
            }
        };
    }

    /**
     * The tenant's own latest version when it has one, else the latest shared one (the processes
     * are deployed without a tenant): the version {@code DecisionService} evaluates by key.
     */
    private DecisionDefinition latest(String tenantId) {
        return asSystem(() -> {
            var query = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).latestVersion();
            List<DecisionDefinition> found = tenantId == null ? query.withoutTenantId().list()
                    : query.tenantIdIn(tenantId).includeDecisionDefinitionsWithoutTenantId().list();
            return found.stream().filter(d -> tenantId != null && tenantId.equals(d.getTenantId())).findFirst()
                    .or(() -> found.stream().filter(d -> d.getTenantId() == null).findFirst())
                    .orElseThrow(() -> new IllegalStateException("Bảng quyết định " + DECISION + " chưa được triển khai."));
        });
    }

    private DmnDecision parse(DecisionDefinition definition) {
        try (InputStream model = asSystem(() -> repository.getDecisionModel(definition.getId()))) {
            return roundEngine().parseDecision(DECISION, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DmnEngine roundEngine() {
        DmnEngine dmn = roundEngine;
        if (dmn == null) {
            dmn = standalone(engine.getDmnEngineConfiguration());
            roundEngine = dmn;
        }
        return dmn;
    }

    /**
     * A DMN engine that evaluates expressions as the process engine's does (Camunda's Scala FEEL
     * with the engine's custom functions, legacy-FEEL switch, blank-output handling and default
     * expression languages) and has none of its listeners: nothing is written, no command context
     * is needed. Its FEEL engine parses each expression of the table once
     * ({@link ParsedOnceFeelEngine}); with the engine's legacy (JUEL-based) FEEL it shares the
     * engine's own instance.
     */
    static DmnEngine standalone(DefaultDmnEngineConfiguration engines) {
        DefaultDmnEngineConfiguration c = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        FeelEngine feel = engines.getFeelEngine();
        if (feel == null || feel instanceof ScalaFeelEngine) {
            ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(engines.getFeelCustomFunctionProviders());
            c.setFeelEngineFactory(() -> parsedOnce);
        } else {
            c.setFeelEngineFactory(() -> feel);
        }
        c.setEnableFeelLegacyBehavior(engines.isEnableFeelLegacyBehavior());
        c.setReturnBlankTableOutputAsNull(engines.isReturnBlankTableOutputAsNull());
        c.setDefaultInputExpressionExpressionLanguage(engines.getDefaultInputExpressionExpressionLanguage());
        c.setDefaultInputEntryExpressionLanguage(engines.getDefaultInputEntryExpressionLanguage());
        c.setDefaultOutputEntryExpressionLanguage(engines.getDefaultOutputEntryExpressionLanguage());
        c.setDefaultLiteralExpressionLanguage(engines.getDefaultLiteralExpressionLanguage());
        return c.buildEngine();
    }

    /**
     * The rules are the ward's law, not a resource a unit head or specialist holds a grant on:
     * they are read and evaluated as the system, whoever asked.
     */
    private <T> T asSystem(Supplier<T> call) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static List<Refusal> refusals(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> new Refusal((String) r.get("code"), (String) r.get("reason"))).toList();
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
