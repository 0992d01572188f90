package vn.thidua.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** A numbered target (chỉ tiêu thi đua) with its operator and threshold, e.g. "≥ 12%". */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

    /** How the values of several responsible units combine into the plan's result. */
    public enum Aggregation { AVG, SUM, MIN, MAX, ALL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;
    private int position;
    private String code;
    private String name;
    @Convert(converter = TargetOperatorConverter.class)
    private TargetOperator operator;
    private BigDecimal threshold;
    private String unit;
    private String text;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Aggregation aggregation = Aggregation.AVG;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "plan_target_unit", joinColumns = @JoinColumn(name = "target_id"))
    @Column(name = "unit_id")
    private Set<Long> responsibleUnitIds = new LinkedHashSet<>();

    protected PlanTarget() {
    }

    public PlanTarget(String code, String name, TargetOperator operator, BigDecimal threshold, String unit, String text) {
        this.code = code;
        this.name = name;
        this.operator = operator;
        this.threshold = threshold;
        this.unit = unit;
        this.text = text;
    }

    void attach(Plan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    public Long getId() { return id; }
    public Plan getPlan() { return plan; }
    public int getPosition() { return position; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public TargetOperator getOperator() { return operator; }
    public BigDecimal getThreshold() { return threshold; }
    public String getUnit() { return unit; }
    public String getText() { return text; }
    public Aggregation getAggregation() { return aggregation; }
    public Set<Long> getResponsibleUnitIds() { return responsibleUnitIds; }

    public void setAggregation(Aggregation aggregation) { this.aggregation = aggregation; }

    /** A changed target drops its imported sentence: the plan's text is then written from the new values. */
    public void update(String name, TargetOperator operator, BigDecimal threshold, String unit) {
        boolean changed = !java.util.Objects.equals(this.name, name) || this.operator != operator
                || !sameNumber(this.threshold, threshold) || !java.util.Objects.equals(this.unit, unit);
        if (changed) {
            this.text = null;
        }
        this.name = name;
        this.operator = operator;
        this.threshold = threshold;
        this.unit = unit;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** "≥ 12%", "≥ 2 cấp độ": a numeric target's threshold as forms and tables print it. */
    public String numericThresholdText() {
        return operator.symbol() + " " + vn.thidua.common.text.VietnameseNumbers.format(threshold)
                + (unit == null ? "" : "%".equals(unit) ? "%" : " " + unit);
    }

    public boolean isPercentage() {
        return "%".equals(unit);
    }

    /** A target nobody is named for is reported by every addressed unit. */
    public boolean isReportedBy(Long unitId) {
        return responsibleUnitIds.isEmpty() || responsibleUnitIds.contains(unitId);
    }
}
