package io.dsstudio.simulation;

import io.dsstudio.domain.Pod;

import java.util.Map;

/** A pod the simulation created: the record the reconciler reads and the whole tree that will be written. */
public record CreatedPod(Pod pod, Map<String, Object> tree) {
    public String key() {
        return pod.meta().namespace() + "/" + pod.meta().name();
    }
}
