package io.dsstudio.ui.editor;

/** One node in the preview: what the next controller sync does there for the edited DaemonSet, and why. */
public record PreviewRow(String node, Kind kind, String pod, String reason) {
    public enum Kind { CREATE, DELETE, EVICT, KEEP }
}
