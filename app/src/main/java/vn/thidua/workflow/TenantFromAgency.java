package vn.thidua.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;
import vn.thidua.workflow.planlifecycle.PlanVariables;
import vn.thidua.common.validation.InvalidInputException;

/**
 * Every process instance belongs to the tenant of its agency (ward): the "agencyCode" variable, or
 * for a plan started from Tasklist the starting official's tenant. With tenant checks on, an
 * official of one ward never sees another ward's tasks or instances, in Tasklist or Cockpit.
 */
@Component
class TenantFromAgency extends AbstractProcessEnginePlugin implements TenantIdProvider {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Object agency = ctx.getVariables() == null ? null : ctx.getVariables().get(PlanVariables.AGENCY_CODE);
        if (agency != null) {
            return agency.toString();
        }
        Authentication auth = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
        if (auth != null && auth.getTenantIds() != null && auth.getTenantIds().size() == 1) {
            return auth.getTenantIds().get(0);
        }
        // A start through the REST API by someone of several wards (or none) must name the ward.
        throw new InvalidInputException(PlanVariables.AGENCY_CODE,
                "Không xác định được UBND xã/phường của quy trình: thiếu biến agencyCode.");
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
}
