package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Toleration;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.dsstudio.reconcile.Fixtures.T0;
import static io.dsstudio.reconcile.Fixtures.aDaemonSet;
import static io.dsstudio.reconcile.Fixtures.aNode;
import static io.dsstudio.reconcile.Fixtures.aPod;

/** Seeded random nodes, DaemonSets and pods drawn from small pools, so matches and conflicts are frequent. */
final class RandomClusters {
    private static final String[] KEYS = {"zone", "os", "gpu", "cores", "pool"};
    private static final String[][] VALUES = {{"a", "b", "c"}, {"linux", "windows"}, {"true", ""}, {"2", "8", "x"}, {"general", "infra"}};
    private static final String[] OPERATORS = {"In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt", "Bogus"};
    private static final String[] TAINT_KEYS = {"gpu", "dedicated", "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable",
            "node.kubernetes.io/unschedulable", "node.kubernetes.io/network-unavailable", "maintenance"};
    private static final String[] EFFECTS = {"NoSchedule", "NoExecute", "PreferNoSchedule"};
    private static final String[] PHASES = {"Running", "Running", "Running", "Pending", "Failed", "Succeeded"};

    private final Random random;

    RandomClusters(long seed) {
        this.random = new Random(seed);
    }

    ClusterNode node(String name) {
        NodeBuilder b = aNode(name);
        for (int k = 0; k < KEYS.length; k++) {
            if (random.nextInt(3) > 0) {
                b.label(KEYS[k], pick(VALUES[k]));
            }
        }
        int taints = random.nextInt(3);
        for (int t = 0; t < taints; t++) {
            b.taint(pick(TAINT_KEYS), random.nextBoolean() ? "" : "true", pick(EFFECTS));
        }
        return b.build();
    }

    DaemonSetBuilder daemonSet(String name) {
        DaemonSetBuilder b = aDaemonSet(name).generation(1 + random.nextInt(2));
        if (random.nextInt(3) == 0) {
            int k = random.nextInt(KEYS.length);
            b.nodeSelector(KEYS[k], pick(VALUES[k]));
        }
        if (random.nextInt(3) == 0) {
            List<NodeSelectorTerm> terms = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int t = 0; t < count; t++) {
                int k = random.nextInt(KEYS.length);
                String op = pick(OPERATORS);
                List<String> values = switch (op) {
                    case "Exists", "DoesNotExist" -> List.of();
                    case "Gt", "Lt" -> List.of(pick(new String[] {"4", "1", "bad"}));
                    default -> List.of(pick(VALUES[k]));
                };
                terms.add(new NodeSelectorTerm(List.of(new NodeSelectorRequirement(KEYS[k], op, values)), List.of()));
            }
            b.requiredAffinity(terms.toArray(NodeSelectorTerm[]::new));
        }
        int tolerations = random.nextInt(3);
        for (int t = 0; t < tolerations; t++) {
            Toleration tol = toleration();
            b.toleration(tol.key(), tol.operator(), tol.value(), tol.effect());
        }
        if (random.nextBoolean()) {
            b.hostNetwork();
        }
        switch (random.nextInt(4)) {
            case 0 -> b.onDelete();
            case 1 -> b.maxSurge(1 + random.nextInt(2));
            case 2 -> b.rollingUpdate(IntOrString.of(pick(new String[] {"25%", "50%", "100%"})), IntOrString.of(0));
            default -> b.maxUnavailable(1 + random.nextInt(3));
        }
        return b;
    }

    Toleration toleration() {
        return switch (random.nextInt(4)) {
            case 0 -> new Toleration("", Toleration.EXISTS, "", random.nextBoolean() ? "" : pick(EFFECTS), null);
            case 1 -> new Toleration(pick(TAINT_KEYS), Toleration.EXISTS, "", pick(EFFECTS), null);
            case 2 -> new Toleration(pick(TAINT_KEYS), Toleration.EQUAL, "true", "", null);
            default -> new Toleration(pick(TAINT_KEYS), "", "", pick(EFFECTS), null);
        };
    }

    Snapshot snapshot(int nodes, int daemonSets, int podsPerDaemonSet) {
        List<ClusterNode> nodeList = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            nodeList.add(node("node-" + i));
        }
        List<DaemonSet> dsList = new ArrayList<>();
        List<Pod> pods = new ArrayList<>();
        for (int d = 0; d < daemonSets; d++) {
            DaemonSet ds = daemonSet("ds-" + d).namespace(random.nextBoolean() ? "default" : "kube-system").build();
            dsList.add(ds);
            for (int p = 0; p < podsPerDaemonSet; p++) {
                pods.add(pod(ds, "ds-" + d + "-pod-" + p, nodes));
            }
        }
        return new Snapshot(nodeList, dsList, pods, List.of());
    }

    private Pod pod(DaemonSet ds, String name, int nodes) {
        PodBuilder b = random.nextInt(5) == 0 ? aPod(name).orphanFor(ds) : aPod(name).of(ds);
        String node = "node-" + random.nextInt(nodes + 1);   // node-<nodes> does not exist
        if (random.nextInt(4) == 0) {
            b.unboundFor(node);
        } else {
            b.on(node);
        }
        b.generation(1 + random.nextInt(2)).phase(pick(PHASES)).created(T0.plusSeconds(random.nextInt(3)));
        switch (random.nextInt(3)) {
            case 0 -> b.ready(T0.plusSeconds(random.nextInt(7200)));
            case 1 -> b.notReady();
            default -> { }
        }
        if (random.nextInt(8) == 0) {
            b.deleting();
        }
        if (random.nextInt(10) == 0) {
            b.label("app", "drifted");
        }
        return b.build();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
