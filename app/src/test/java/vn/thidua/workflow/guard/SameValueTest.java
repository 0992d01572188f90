package vn.thidua.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** What Tasklist sends back for a value its form only shows counts as unchanged; any real change does not. */
class SameValueTest {

    @Test
    void jsonReencodedByTheBrowserIsTheSame() {
        var held = SpinValues.jsonValue("{\"units\":[{\"unitId\":7,\"status\":\"REPORTED\",\"result\":55.00,\"late\":false}],"
                + "\"targets\":[{\"code\":\"T03\",\"values\":[{\"raw\":\"55,02\"}]}]}").create();
        // JSON.stringify: numbers as JavaScript prints them, keys in another order, AngularJS's ng-repeat keys added.
        String sentBack = "{\"targets\":[{\"code\":\"T03\",\"values\":[{\"raw\":\"55,02\",\"$$hashKey\":\"object:12\"}]}],"
                + "\"units\":[{\"status\":\"REPORTED\",\"unitId\":7,\"late\":false,\"result\":55,\"$$hashKey\":\"object:9\"}]}";
        assertThat(SameValue.as(held, SpinValues.jsonValue(sentBack).create())).isTrue();
    }

    @Test
    void jsonWithAnotherValueIsNotTheSame() {
        var held = SpinValues.jsonValue("[{\"proposalId\":3,\"votesFor\":null}]").create();
        assertThat(SameValue.as(held, SpinValues.jsonValue("[{\"proposalId\":4,\"votesFor\":null}]").create())).isFalse();
        assertThat(SameValue.as(held, SpinValues.jsonValue("[{\"proposalId\":3,\"votesFor\":null,\"extra\":1}]").create())).isFalse();
        assertThat(SameValue.as(held, "not json")).isFalse();
    }

    @Test
    void numbersDatesAndTextCompareByValue() {
        assertThat(SameValue.as(Variables.longValue(42L), Variables.integerValue(42))).isTrue();
        assertThat(SameValue.as(Variables.longValue(42L), 43L)).isFalse();
        Date due = new Date(1_760_000_000_999L);
        assertThat(SameValue.as(Variables.dateValue(due), Variables.dateValue(new Date(due.getTime())))).isTrue();
        assertThat(SameValue.as(Variables.dateValue(due), new Date(due.getTime() + 1))).isFalse();
        assertThat(SameValue.as(Variables.stringValue("Kế hoạch"), "Kế hoạch")).isTrue();
        assertThat(SameValue.as(Variables.stringValue("Kế hoạch"), "Kế hoạch khác")).isFalse();
    }

    @Test
    void nothingAndEmptyAreTheSameButNothingIsNotAValue() {
        assertThat(SameValue.as(Variables.untypedNullValue(), null)).isTrue();
        assertThat(SameValue.as(null, "")).isTrue();
        assertThat(SameValue.as(null, 5L)).isFalse();
        assertThat(SameValue.as(Variables.longValue(5L), null)).isFalse();
    }
}
