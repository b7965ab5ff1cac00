package io.dsstudio.simulation;

/** What happens to a deleted DaemonSet's pods (kubectl delete --cascade). */
public enum Cascade {
    /** The garbage collector deletes the pods the DaemonSet owns (kubectl's default). */
    BACKGROUND,
    /** The pods keep running without an owner; a later DaemonSet whose selector matches adopts them. */
    ORPHAN
}
