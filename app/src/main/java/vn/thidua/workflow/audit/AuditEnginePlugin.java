package vn.thidua.workflow.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.thidua.common.audit.AuditTrail;

/** Adds the audit trail's history handler beside the engine's own (which keeps writing ACT_HI_*). */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

    private final AuditTrail trail;
    private final EngineActors actors;

    AuditEnginePlugin(AuditTrail trail, EngineActors actors) {
        this.trail = trail;
        this.actors = actors;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new AuditHistoryEventHandler(trail, actors));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(true);
    }
}
