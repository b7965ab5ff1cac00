package io.dsstudio.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parts of Kubernetes' ObjectMeta that placement and validation read. Collections are never null. */
public record ObjectMeta(String name, String namespace, String uid,
                         Map<String, String> labels, Map<String, String> annotations,
                         List<OwnerReference> ownerReferences,
                         Instant creationTimestamp, Instant deletionTimestamp, Long generation) {

    public ObjectMeta {
        labels = labels == null ? Map.of() : Collections2.copyOrdered(labels);
        annotations = annotations == null ? Map.of() : Collections2.copyOrdered(annotations);
        ownerReferences = ownerReferences == null ? List.of() : List.copyOf(ownerReferences);
    }

    public static ObjectMeta named(String namespace, String name) {
        return new ObjectMeta(name, namespace, null, Map.of(), Map.of(), List.of(), null, null, null);
    }

    /** The ownerReference with {@code controller: true}, if any. */
    public Optional<OwnerReference> controllerRef() {
        return Optional.ofNullable(controller());
    }

    /** The ownerReference with {@code controller: true}, or null: a plain loop, for paths that run once per pod. */
    public OwnerReference controller() {
        for (int i = 0; i < ownerReferences.size(); i++) {
            if (ownerReferences.get(i).controller()) {
                return ownerReferences.get(i);
            }
        }
        return null;
    }

    public boolean isBeingDeleted() {
        return deletionTimestamp != null;
    }

    public ObjectMeta withLabels(Map<String, String> newLabels) {
        return new ObjectMeta(name, namespace, uid, newLabels, annotations, ownerReferences, creationTimestamp, deletionTimestamp, generation);
    }

    public ObjectMeta withAnnotations(Map<String, String> newAnnotations) {
        return new ObjectMeta(name, namespace, uid, labels, newAnnotations, ownerReferences, creationTimestamp, deletionTimestamp, generation);
    }

    public ObjectMeta withOwnerReferences(List<OwnerReference> refs) {
        return new ObjectMeta(name, namespace, uid, labels, annotations, refs, creationTimestamp, deletionTimestamp, generation);
    }

    public ObjectMeta withUid(String newUid) {
        return new ObjectMeta(name, namespace, newUid, labels, annotations, ownerReferences, creationTimestamp, deletionTimestamp, generation);
    }

    public ObjectMeta withGeneration(Long newGeneration) {
        return new ObjectMeta(name, namespace, uid, labels, annotations, ownerReferences, creationTimestamp, deletionTimestamp, newGeneration);
    }

    public ObjectMeta withDeletionTimestamp(Instant when) {
        return new ObjectMeta(name, namespace, uid, labels, annotations, ownerReferences, creationTimestamp, when, generation);
    }
}
