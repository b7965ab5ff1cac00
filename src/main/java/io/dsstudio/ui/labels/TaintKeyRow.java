package io.dsstudio.ui.labels;

/** A taint key, one of its effects (with the value, if any) and how many nodes carry it. */
public record TaintKeyRow(String key, String value, String effect, int nodeCount) {
}
