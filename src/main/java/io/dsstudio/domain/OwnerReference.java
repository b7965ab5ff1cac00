package io.dsstudio.domain;

/**
 * An ownerReference. {@code blockOwnerDeletion} is null when the manifest leaves it out (the controller sets it
 * to true on the references it writes: upstream AdoptPod and CreatePodTemplate).
 */
public record OwnerReference(String apiVersion, String kind, String name, String uid, boolean controller,
                             Boolean blockOwnerDeletion) {
    public OwnerReference(String apiVersion, String kind, String name, String uid, boolean controller) {
        this(apiVersion, kind, name, uid, controller, null);
    }

    /** The controller reference a DaemonSet writes onto the pods it creates or adopts. */
    public static OwnerReference controllerOf(DaemonSet ds) {
        return new OwnerReference("apps/v1", DaemonSet.KIND, ds.meta().name(), ds.meta().uid(), true, true);
    }
}
