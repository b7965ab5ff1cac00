package io.dsstudio.domain;

public enum Severity {
    ERROR, WARNING;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
