package vn.thidua.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/** Cash with each award: base salary × the title's multiple, rounded to whole đồng (decision annex). */
@Component
public class CashAwards {

    private final AwardSettings settings;

    CashAwards(AwardSettings settings) {
        this.settings = settings;
    }

    public BigDecimal amount(AwardType type) {
        return settings.baseSalary().multiply(settings.multiple(type)).setScale(0, RoundingMode.HALF_UP);
    }
}
