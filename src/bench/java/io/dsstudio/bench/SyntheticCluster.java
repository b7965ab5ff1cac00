package io.dsstudio.bench;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.NodeCondition;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A seeded cluster of n nodes over three zones and five pools, some tainted, some spot, some NotReady. */
final class SyntheticCluster {
    private SyntheticCluster() {
    }

    static Snapshot nodes(int count, long seed) {
        Random random = new Random(seed);
        String[] pools = {"general", "gpu", "arm64", "infra", "windows"};
        List<ClusterNode> nodes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, String> labels = new LinkedHashMap<>();
            String pool = pools[random.nextInt(pools.length)];
            labels.put("kubernetes.io/hostname", "node-" + i);
            labels.put("kubernetes.io/os", "windows".equals(pool) ? "windows" : "linux");
            labels.put("kubernetes.io/arch", "arm64".equals(pool) ? "arm64" : "amd64");
            labels.put("topology.kubernetes.io/zone", "zone-" + (char) ('a' + random.nextInt(3)));
            labels.put("node.kubernetes.io/instance-type", "m6i." + (1 + random.nextInt(4)) + "xlarge");
            labels.put("pool", pool);
            if (random.nextInt(10) == 0) {
                labels.put("spot", "true");
            }
            List<Taint> taints = "gpu".equals(pool) ? List.of(Taint.of("nvidia.com/gpu", "present", "NoSchedule")) : List.of();
            String ready = random.nextInt(50) == 0 ? "False" : "True";
            ObjectMeta meta = new ObjectMeta("node-" + i, null, "uid-" + i, labels, Map.of(), List.of(),
                    Instant.parse("2025-01-01T00:00:00Z"), null, null);
            nodes.add(new ClusterNode(meta, false, taints, List.of(new NodeCondition("Ready", ready, null, null, null)),
                    Map.of("pods", "110"), Map.of("pods", "110"), null));
        }
        return new Snapshot(nodes, List.of(), List.of(), List.of());
    }
}
