package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static io.dsstudio.simulation.Trees.list;
import static io.dsstudio.simulation.Trees.map;

/** Daemon pods as a controller would have created them, with a little drift. */
final class PodFactory {
    private final Random random;
    private final Instant now;
    private final Set<String> usedNames = new HashSet<>();

    PodFactory(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    /**
     * The pod of a pair: usually present where it should run (2 % missing, 2 % one generation behind,
     * 1 % not ready), and now and then (1 %) present where it should not.
     */
    Optional<Map<String, Object>> maybeAdd(DaemonSet ds, String node, boolean shouldRun) {
        int roll = random.nextInt(100);
        long current = ds.generation() == null ? 1 : ds.generation();
        if (!shouldRun) {
            return roll == 0 ? Optional.of(pod(ds, node, current, current, true)) : Optional.empty();
        }
        if (roll < 2) {
            return Optional.empty();
        }
        long podGeneration = roll < 4 && current > 1 ? current - 1 : current;
        return Optional.of(pod(ds, node, podGeneration, current, roll != 4));
    }

    private String uniqueName(DaemonSet ds, String node, long generation) {
        for (int attempt = 0; ; attempt++) {
            String name = PodNames.daemonPod(ds.meta().name(), ds.meta().uid(), node, generation, attempt);
            if (usedNames.add(ds.meta().namespace() + "/" + name)) {
                return name;
            }
        }
    }

    private Map<String, Object> pod(DaemonSet ds, String node, long generation, long current, boolean ready) {
        Map<String, Object> labels = new LinkedHashMap<>(ds.template().labels());
        // Older generations get a hash of their own: their template is not in the snapshot.
        String hash = PodNames.revisionHash(ds.template().fingerprint() + (generation == current ? "" : "#" + generation));
        labels.put(Pod.REVISION_HASH_LABEL, hash);
        labels.put(Pod.TEMPLATE_GENERATION_LABEL, Long.toString(generation));
        String started = now.minusSeconds(3_600L + random.nextInt(86_400)).toString();
        Map<String, Object> container = map("name", ds.template().spec().containers().isEmpty() ? "main"
                : ds.template().spec().containers().get(0).name(),
                "image", ds.template().spec().containers().isEmpty() ? "" : ds.template().spec().containers().get(0).image());
        return map("apiVersion", "v1", "kind", "Pod",
                "metadata", map("name", uniqueName(ds, node, generation),
                        "namespace", ds.meta().namespace(), "creationTimestamp", started, "labels", labels,
                        "ownerReferences", list(map("apiVersion", "apps/v1", "kind", "DaemonSet", "name", ds.meta().name(),
                                "uid", ds.meta().uid(), "controller", true, "blockOwnerDeletion", true))),
                "spec", map("nodeName", node, "containers", list(container)),
                "status", map("phase", "Running", "conditions", list(
                        map("type", "Ready", "status", ready ? "True" : "False", "lastTransitionTime", started))));
    }
}
