package io.dsstudio.yaml;

/** One key of a mapping: the key's text, where the key stands, and its value. */
public record YEntry(String key, TextSpan keySpan, YNode value) {
}
