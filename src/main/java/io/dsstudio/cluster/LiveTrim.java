package io.dsstudio.cluster;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;

import java.util.List;

/**
 * Drops what neither planning nor a saved snapshot needs: managedFields everywhere, and a pod's volumes,
 * container environments, probes and container statuses (so 100,000 pods fit in memory).
 */
final class LiveTrim {
    private LiveTrim() {
    }

    static <T extends HasMetadata> T trim(T object) {
        if (object.getMetadata() != null) {
            object.getMetadata().setManagedFields(null);
        }
        if (object instanceof Pod pod) {
            trimPod(pod);
        }
        return object;
    }

    private static void trimPod(Pod pod) {
        if (pod.getSpec() != null) {
            pod.getSpec().setVolumes(null);
            trimContainers(pod.getSpec().getContainers());
            trimContainers(pod.getSpec().getInitContainers());
        }
        PodStatus status = pod.getStatus();
        if (status != null) {
            PodStatus slim = new PodStatus();
            slim.setPhase(status.getPhase());
            slim.setConditions(status.getConditions());
            slim.setStartTime(status.getStartTime());
            pod.setStatus(slim);
        }
    }

    private static void trimContainers(List<Container> containers) {
        if (containers == null) {
            return;
        }
        for (Container c : containers) {
            c.setEnv(null);
            c.setEnvFrom(null);
            c.setVolumeMounts(null);
            c.setLivenessProbe(null);
            c.setReadinessProbe(null);
            c.setStartupProbe(null);
            c.setCommand(null);
            c.setArgs(null);
        }
    }
}
