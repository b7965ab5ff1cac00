package io.dsstudio.ui.overlay;

/**
 * One object of the laid-over manifests, as the panel lists it.
 *
 * @param object "Kind/namespace/name"
 * @param change what laying it over does, in the user's language
 */
public record OverlayRow(String object, String change) {
}
