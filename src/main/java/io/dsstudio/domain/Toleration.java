package io.dsstudio.domain;

/** A pod toleration; strings are "" when absent, {@code tolerationSeconds} null when absent. */
public record Toleration(String key, String operator, String value, String effect, Long tolerationSeconds) {
    public static final String EXISTS = "Exists";
    public static final String EQUAL = "Equal";

    public Toleration {
        key = key == null ? "" : key;
        operator = operator == null ? "" : operator;
        value = value == null ? "" : value;
        effect = effect == null ? "" : effect;
    }

    public static Toleration exists(String key, String effect) {
        return new Toleration(key, EXISTS, "", effect, null);
    }

    /**
     * Kubernetes' ToleratesTaint (core/v1 toleration.go): effect empty or equal, key empty or equal, and
     * Exists matches any value while Equal (or no operator) needs an equal value.
     */
    public boolean tolerates(Taint taint) {
        if (!effect.isEmpty() && !effect.equals(taint.effect())) {
            return false;
        }
        if (!key.isEmpty() && !key.equals(taint.key())) {
            return false;
        }
        return switch (operator) {
            case EXISTS -> true;
            case EQUAL, "" -> value.equals(taint.value());
            default -> false;
        };
    }

    /** Same key, operator, value and effect: the identity AddOrUpdateTolerationInPodSpec replaces on. */
    public boolean sameIdentity(Toleration other) {
        return key.equals(other.key) && operator.equals(other.operator) && value.equals(other.value)
                && effect.equals(other.effect);
    }
}
