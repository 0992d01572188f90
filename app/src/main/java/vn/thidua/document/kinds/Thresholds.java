package vn.thidua.document.kinds;

import vn.thidua.document.render.content.Threshold;
import vn.thidua.plan.PlanTarget;

/** A target's operator and threshold as the documents print them ("≥ 12%", "100% kế hoạch"). */
final class Thresholds {

    private Thresholds() {
    }

    static Threshold of(PlanTarget target) {
        return switch (target.getOperator()) {
            case AT_LEAST -> new Threshold(Threshold.Comparison.AT_LEAST, target.getThreshold(), target.getUnit());
            case MORE_THAN -> new Threshold(Threshold.Comparison.MORE_THAN, target.getThreshold(), target.getUnit());
            case AT_MOST -> new Threshold(Threshold.Comparison.AT_MOST, target.getThreshold(), target.getUnit());
            case LESS_THAN -> new Threshold(Threshold.Comparison.LESS_THAN, target.getThreshold(), target.getUnit());
            case EQUAL -> new Threshold(Threshold.Comparison.EQUAL, target.getThreshold(), target.getUnit());
            case YES_NO -> new Threshold(Threshold.Comparison.MAINTAINED, null, null);
            case MEETS_PLAN -> new Threshold(Threshold.Comparison.PLAN, null, "%");
        };
    }
}
