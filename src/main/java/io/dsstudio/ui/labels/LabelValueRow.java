package io.dsstudio.ui.labels;

/** A label key with one of its values and how many nodes carry that pair. */
public record LabelValueRow(String key, String value, int nodeCount) {
}
