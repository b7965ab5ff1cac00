package io.dsstudio.yaml;

/** An object of a kind the tool does not model: kept in its file, reported, never dropped. */
public record IgnoredObject(String kind, String namespace, String name, String file) {
}
