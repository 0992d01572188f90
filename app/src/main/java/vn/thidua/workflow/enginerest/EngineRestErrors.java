package vn.thidua.workflow.enginerest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Puts {@link EngineRestAnswer} in front of Camunda's own exception mappers in a Jersey
 * application: one mapper for each type Camunda maps (Throwable, RestException,
 * ProcessEngineException and Jackson's two), registered with a better priority than Camunda's
 * default (Jersey takes the lower number when two mappers are equally near the exception).
 */
public class EngineRestErrors implements Feature {

    /** Camunda's mappers carry no priority, which Jersey counts as 5000 (Priorities.USER). */
    static final int PRIORITY = 1000;

    @Override
    public boolean configure(FeatureContext context) {
        context.register(AnyFailure.class, PRIORITY);
        context.register(RestFailure.class, PRIORITY);
        context.register(EngineFailure.class, PRIORITY);
        context.register(JsonMappingFailure.class, PRIORITY);
        context.register(JsonSyntaxFailure.class, PRIORITY);
        return true;
    }

    public static class AnyFailure extends EngineRestAnswer<Throwable> {
    }

    public static class RestFailure extends EngineRestAnswer<RestException> {
    }

    public static class EngineFailure extends EngineRestAnswer<ProcessEngineException> {
    }

    public static class JsonMappingFailure extends EngineRestAnswer<JsonMappingException> {
    }

    public static class JsonSyntaxFailure extends EngineRestAnswer<JsonParseException> {
    }
}
