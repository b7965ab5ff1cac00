package io.dsstudio.domain;

/**
 * Kubernetes' intstr.IntOrString, keeping which of the two the manifest wrote ({@code 1} and {@code "1"}
 * are different: the second is an invalid percentage).
 */
public record IntOrString(Integer intValue, String stringValue) {
    public static IntOrString of(int value) {
        return new IntOrString(value, null);
    }

    public static IntOrString of(String value) {
        return new IntOrString(null, value);
    }

    public boolean isInt() {
        return intValue != null;
    }

    @Override
    public String toString() {
        return isInt() ? intValue.toString() : stringValue;
    }
}
