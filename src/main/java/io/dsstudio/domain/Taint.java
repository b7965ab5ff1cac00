package io.dsstudio.domain;

/** A node taint. {@code value} is "" when absent. */
public record Taint(String key, String value, String effect) {
    public Taint {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        effect = effect == null ? "" : effect;
    }

    public static Taint of(String key, String value, String effect) {
        return new Taint(key, value, effect);
    }

    /** Written as kubectl writes it: {@code key=value:effect}, or {@code key:effect} with no value. */
    @Override
    public String toString() {
        return value.isEmpty() ? key + ":" + effect : key + "=" + value + ":" + effect;
    }
}
