package vn.thidua.workflow.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.thidua.workflow.JsonVariables;

/**
 * Whether a value a form sent back is the value the process holds: how a shown-only variable is
 * recognised as unchanged. Tasklist's embedded forms return what they fetched re-encoded by the
 * browser: JSON re-serialised (numbers as JavaScript prints them, "55.00" → 55; AngularJS's
 * ng-repeat bookkeeping key "$$hashKey" added to listed objects), dates re-formatted in the
 * browser's time zone, numbers typed anew. Those differences are not changes.
 */
final class SameValue {

    /** AngularJS marks objects it lists with this key; it is no part of the data. */
    private static final String ANGULAR_HASH_KEY = "$$hashKey";

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private SameValue() {
    }

    static boolean as(TypedValue current, Object sent) {
        Object now = plain(current);
        Object back = plain(sent);
        if (blank(now) || blank(back)) {
            return blank(now) && blank(back);
        }
        if (isJson(current)) {
            return sameJson(now.toString(), back.toString());
        }
        if (now instanceof Number n) {
            BigDecimal other = number(back);
            return other != null && new BigDecimal(n.toString()).compareTo(other) == 0;
        }
        if (now instanceof Date d) {
            return back instanceof Date b && d.getTime() == b.getTime();
        }
        return now.toString().equals(back.toString());
    }

    /** A typed value as its plain value; JSON (and other serialized values) as their text. */
    private static Object plain(Object value) {
        if (value instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
            return serializable.getValueSerialized();
        }
        if (value instanceof TypedValue typed) {
            return typed.getValue();
        }
        return value;
    }

    private static boolean isJson(TypedValue value) {
        if (value == null || value.getType() == null) {
            return false;
        }
        return "json".equals(value.getType().getName()) || value instanceof SerializableValue s
                && "application/json".equals(s.getSerializationDataFormat());
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isEmpty();
    }

    private static BigDecimal number(Object value) {
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean sameJson(String held, String sentBack) {
        try {
            JsonNode a = JsonVariables.mapper().readTree(held);
            JsonNode b = withoutAngularKeys(JsonVariables.mapper().readTree(sentBack));
            return a.equals(NUMBERS_BY_VALUE, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static JsonNode withoutAngularKeys(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(ANGULAR_HASH_KEY);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            withoutAngularKeys(children.next());
        }
        return node;
    }
}
