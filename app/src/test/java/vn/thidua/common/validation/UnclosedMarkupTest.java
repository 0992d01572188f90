package vn.thidua.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.plan.PlanRepository;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;

/** A tag without its ">" is still markup: a browser runs {@code <img src=x onerror=...>} without it. */
@IntegrationTest
class UnclosedMarkupTest {

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired PlanRepository plans;

    @Test
    void anUnclosedTagInADraftIsRefusedAndNothingChanges() {
        PlanDriver.Started s = driver.draft("tdp-02");
        String before = plans.findById(s.planId()).orElseThrow().getTitle();
        assertThatThrownBy(() -> officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), "userTask_draftPlan",
                Map.of("title", "Kế hoạch thi đua <img src=x onerror=alert(document.cookie)")))
                .hasMessageContaining("không được chứa thẻ HTML");
        assertThat(plans.findById(s.planId()).orElseThrow().getTitle()).isEqualTo(before);
    }

    @Test
    void comparisonsInOrdinaryTextStayAllowed() {
        TextRules rules = new TextRules();
        rules.text("note", "Ghi chú", "Tỷ lệ hộ nghèo < 2%, hộ cận nghèo <5% và lớn hơn 1 > 0", 200, true);
        assertThat(rules.hasProblems()).isFalse();
        TextRules tag = new TextRules();
        tag.text("note", "Ghi chú", "xem </script", 200, true);
        assertThat(tag.hasProblems()).isTrue();
    }
}
