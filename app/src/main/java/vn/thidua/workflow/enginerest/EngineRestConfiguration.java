package vn.thidua.workflow.enginerest;

import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives both copies of the engine REST API our error answers ({@link EngineRestErrors}): the one
 * scripts call on /engine-rest, and the one inside the webapps that Tasklist calls
 * (/camunda/api/engine, Camunda's "Engine Api" servlet).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestConfiguration.class);

    /** The name under which Camunda's webapp starter registers the webapps' engine REST servlet. */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    /** /engine-rest: Camunda's resources plus our mappers (the starter backs off when this bean exists). */
    @ApplicationPath("/engine-rest")
    static class EngineRestResources extends CamundaJerseyResourceConfig {
        @Override
        protected void registerAdditionalResources() {
            register(EngineRestErrors.class);
        }
    }

    @Bean
    EngineRestResources engineRestResources() {
        return new EngineRestResources();
    }

    /**
     * /camunda/api/engine: the webapp starter registers a plain Jersey servlet for it while the
     * servlet context starts; Jersey reads extra providers from its init parameter. Added by a
     * container initializer of our own, which Tomcat runs after Spring Boot's (and so after the
     * servlet exists) and before any request reaches it.
     */
    @Bean
    TomcatContextCustomizer webappEngineApiErrors() {
        return context -> context.addServletContainerInitializer((classes, servletContext) -> {
            ServletRegistration api = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
            if (api == null) {
                // Webapps switched off (camunda.bpm.webapp.enabled=false): no Tasklist to answer.
                LOG.warn("No servlet '{}': the webapps' engine REST API keeps Camunda's error answers", WEBAPP_ENGINE_API);
                return;
            }
            api.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, EngineRestErrors.class.getName());
        }, null);
    }
}
