package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.UpdateStrategy;

import java.util.List;

/**
 * Rules 16–23 (ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet): the strategy type, and for
 * RollingUpdate an int ≥ 0 or a percentage ≤ 100% in each field with exactly one of them non-zero. OnDelete's
 * rollingUpdate is not validated.
 */
final class UpdateStrategyRule implements DaemonSetRule {
    static final String CODE = "InvalidUpdateStrategy";
    private static final String BASE = "spec.updateStrategy";
    private static final String ROLLING = BASE + ".rollingUpdate";

    @Override
    public void check(DaemonSet ds, Problems out) {
        UpdateStrategy strategy = ds.updateStrategy();
        if (strategy.isOnDelete()) {
            return;
        }
        if (!strategy.isRollingUpdate()) {
            out.notSupported(CODE, BASE, strategy.type(), List.of(UpdateStrategy.ROLLING_UPDATE, UpdateStrategy.ON_DELETE));
            return;
        }
        if (strategy.maxUnavailable() == null || strategy.maxSurge() == null) {
            out.required(CODE, ROLLING, "");
            return;
        }
        positiveIntOrPercent(strategy.maxUnavailable(), ROLLING + ".maxUnavailable", out);
        positiveIntOrPercent(strategy.maxSurge(), ROLLING + ".maxSurge", out);
        notMoreThan100Percent(strategy.maxUnavailable(), ROLLING + ".maxUnavailable", out);
        notMoreThan100Percent(strategy.maxSurge(), ROLLING + ".maxSurge", out);
        boolean hasUnavailable = intOrPercentValue(strategy.maxUnavailable()) != 0;
        boolean hasSurge = intOrPercentValue(strategy.maxSurge()) != 0;
        if (hasUnavailable && hasSurge) {
            out.invalid(CODE, ROLLING + ".maxSurge", strategy.maxSurge(), "may not be set when maxUnavailable is non-zero");
        } else if (!hasUnavailable && !hasSurge) {
            out.required(CODE, ROLLING + ".maxUnavailable", "cannot be 0 when maxSurge is 0");
        }
    }

    private static void positiveIntOrPercent(IntOrString value, String field, Problems out) {
        if (value.isInt()) {
            if (value.intValue() < 0) {
                out.invalid(CODE, field, value, NonNegativeFieldsRule.MESSAGE);
            }
        } else {
            LabelSyntax.percent(value.stringValue()).forEach(m -> out.invalid(CODE, field, value, m));
        }
    }

    private static void notMoreThan100Percent(IntOrString value, String field, Problems out) {
        Integer percent = percentValue(value);
        if (percent != null && percent > 100) {
            out.invalid(CODE, field, value, "must not be greater than 100%");
        }
    }

    /** getPercentValue: the number of a valid percentage string, else null. */
    private static Integer percentValue(IntOrString value) {
        if (value.isInt() || !LabelSyntax.isPercent(value.stringValue())) {
            return null;
        }
        return atoi(value.stringValue().substring(0, value.stringValue().length() - 1));
    }

    /**
     * getIntOrPercentValue: a percentage's number, else IntValue(), which for a string is strconv.Atoi with
     * errors read as 0 (so "20Percent" is 0 and a quoted "1" is 1).
     */
    static int intOrPercentValue(IntOrString value) {
        Integer percent = percentValue(value);
        if (percent != null) {
            return percent;
        }
        return value.isInt() ? value.intValue() : atoi(value.stringValue());
    }

    private static int atoi(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
