package vn.thidua.campaign;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A unit's value for one target, kept as typed ("55,02") and as parsed. */
@Embeddable
public record UnitReportValue(Long targetId, String rawText, BigDecimal numberValue, Boolean booleanValue) {
}
