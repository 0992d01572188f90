package vn.thidua.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.thidua.common.validation.InvalidInputException;

/**
 * Lists travel between forms and the engine as JSON variables (embedded forms read and write
 * them; a Java-serialized list would be opaque to Tasklist). Whatever form they arrive in (Spin
 * JSON, a JSON string, a Java map) they are read through Jackson into our records.
 */
public final class JsonVariables {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonVariables() {
    }

    public static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON variable", e);
        }
    }

    public static <T> T read(Object variable, TypeReference<T> type, String field) {
        if (variable == null) {
            return null;
        }
        try {
            String text = variable instanceof String s ? s
                    : variable.getClass().getName().startsWith("org.camunda.spin") ? variable.toString()
                    : MAPPER.writeValueAsString(variable);
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            // Jackson's own text names our classes ("Cannot deserialize value of type `java.util.ArrayList<vn.thidua…>`").
            throw new InvalidInputException(field, "Dữ liệu «" + field + "» gửi lên không đúng định dạng"
                    + (type.getType().getTypeName().startsWith("java.util.List") ? " (cần một danh sách JSON)." : "."));
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
