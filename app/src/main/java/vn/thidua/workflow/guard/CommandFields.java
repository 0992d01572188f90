package vn.thidua.workflow.guard;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Reads what an engine command carries (task id, variables, variable names). The engine's commands
 * keep these in protected fields without getters; reading them is what lets one interceptor see
 * every way of sending variables (Java API, engine REST API, Tasklist) at the single point they all
 * pass through. The field names are those of Camunda 7.24 and have been stable across 7.x; a
 * renamed field fails loudly here and in the guard's tests, never silently lets a call through.
 */
final class CommandFields {

    private CommandFields() {
    }

    static String text(Command<?> command, String field) {
        Object value = read(command, field);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, ?> variables(Command<?> command, String field) {
        Object value = read(command, field);
        return value == null ? Map.of() : (Map<String, ?>) value;
    }

    @SuppressWarnings("unchecked")
    static Collection<String> names(Command<?> command, String field) {
        Object value = read(command, field);
        return value == null ? List.of() : (Collection<String>) value;
    }

    static Object read(Object target, String field) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + field + " of " + target.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(target.getClass().getName() + " has no field " + field
                + ": the engine changed, UserCallGuard must be adapted");
    }
}
