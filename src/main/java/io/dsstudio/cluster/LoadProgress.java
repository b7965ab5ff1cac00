package io.dsstudio.cluster;

/** Told after every page of a paginated list, so the UI can show progress and the CLI can stay quiet. */
@FunctionalInterface
public interface LoadProgress {
    LoadProgress NONE = (kind, loaded, done) -> { };

    /**
     * @param kind   "Node", "DaemonSet", "ControllerRevision" or "Pod"
     * @param loaded objects of that kind received so far
     * @param done   true once the last page of the kind arrived
     */
    void progress(String kind, int loaded, boolean done);
}
