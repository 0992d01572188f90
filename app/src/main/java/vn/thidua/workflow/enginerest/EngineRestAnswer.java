package vn.thidua.workflow.enginerest;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthenticationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.DeploymentResourceNotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.thidua.common.web.ApiError;
import vn.thidua.common.web.ErrorContract;

/**
 * How the engine REST API (scripts on /engine-rest, Tasklist and Cockpit on /camunda/api/engine)
 * answers a failure, in this order:
 * <ol>
 * <li>a missing permission: Camunda's own answer, whose fields (missing authorizations) the
 *     webapps read to say what is missing;</li>
 * <li>anything {@link ErrorContract} recognises, above all a listener's refused input: our answer,
 *     400 with only the Vietnamese sentence and the fields, where Camunda would say 500 "Cannot
 *     submit task form …: ENGINE-03051 …";</li>
 * <li>Camunda's own refusals of the request (unknown task, task claimed by someone else,
 *     suspended instance, unreadable deployment): Camunda's documented answer, unchanged, since
 *     Tasklist recognises some of them by their text ("task is null", "is suspended");</li>
 * <li>everything else: 500 with a reference, the stack trace logged under it.</li>
 * </ol>
 * One subclass per exception type Camunda maps itself: Jersey prefers the mapper of the nearest
 * type and only then the one with the better priority.
 */
abstract class EngineRestAnswer<T extends Throwable> implements ExceptionMapper<T> {

    private static final List<Class<? extends Throwable>> CAMUNDA_REFUSALS = List.of(BadUserRequestException.class,
            NullValueException.class, AuthenticationException.class, TaskAlreadyClaimedException.class,
            MismatchingMessageCorrelationException.class, ParseException.class, FormFieldValidationException.class,
            MigratingProcessInstanceValidationException.class, MigrationPlanValidationException.class,
            DeploymentResourceNotFoundException.class);

    @Context
    private ServletContext servletContext;
    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(T exception) {
        List<Throwable> chain = ErrorContract.causes(exception);
        if (chain.stream().anyMatch(AuthorizationException.class::isInstance)) {
            return camunda(exception);
        }
        ErrorContract contract = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(ErrorContract.class);
        Optional<ApiError> ours = contract.recognise(exception);
        if (ours.isPresent()) {
            return json(ours.get());
        }
        if (chain.stream().anyMatch(EngineRestAnswer::camundaRefusal)) {
            return camunda(exception);
        }
        if (chain.stream().anyMatch(JsonMappingException.class::isInstance)) {
            return json(ApiError.of(400, "Nội dung JSON gửi lên không khớp với yêu cầu."));
        }
        return json(contract.unexpected(exception, request.getMethod() + " " + request.getRequestURI()));
    }

    private static boolean camundaRefusal(Throwable t) {
        if (t instanceof RestException rest) {
            return rest.getStatus() != null && rest.getStatus().getStatusCode() < 500;
        }
        if (t instanceof WebApplicationException web) {
            return web.getResponse().getStatus() < 500;
        }
        return CAMUNDA_REFUSALS.stream().anyMatch(type -> type.isInstance(t));
    }

    private static Response camunda(Throwable exception) {
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static Response json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(error.body()).build();
    }
}
