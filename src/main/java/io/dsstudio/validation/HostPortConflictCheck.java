package io.dsstudio.validation;

import io.dsstudio.domain.Container;
import io.dsstudio.domain.ContainerPort;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code HostPortConflict}: two DaemonSets that both run on some node claim the same host port and protocol
 * (a hostNetwork container's containerPort is a host port). The scheduler then leaves one pod pending there;
 * the DaemonSet controller does not foresee it (semantics.md §3). Reported once per pair and port, on the later
 * DaemonSet's port, naming both, the port and an example node.
 */
final class HostPortConflictCheck implements SnapshotCheck {
    static final String CODE = "HostPortConflict";

    /** A host port a DaemonSet's pod claims, with the field path of the port that claims it. */
    record HostPort(int port, String protocol, String field) {
        String key() {
            return port + "/" + protocol;
        }
    }

    @Override
    public List<Finding> check(Snapshot snapshot) {
        return check(new SnapshotIndex(snapshot, new VisitCounter()));
    }

    /**
     * Only DaemonSets that claim a common port are paired (found through an index by port), and a pair's common
     * node is looked for node by node, with verdicts worked out only as far as the first node both run on.
     */
    @Override
    public List<Finding> check(SnapshotIndex index) {
        List<Finding> out = new ArrayList<>();
        List<DaemonSet> all = index.snapshot().daemonSets();
        List<Map<String, HostPort>> ports = new ArrayList<>(all.size());
        Map<String, List<Integer>> claimants = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Map<String, HostPort> claimed = hostPorts(all.get(i));
            ports.add(claimed);
            for (String key : claimed.keySet()) {
                claimants.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        TreeSet<Long> pairs = new TreeSet<>();
        for (List<Integer> sharing : claimants.values()) {
            index.visits().add(sharing.size());
            for (int a = 0; a < sharing.size(); a++) {
                for (int b = a + 1; b < sharing.size(); b++) {
                    pairs.add((long) sharing.get(a) * all.size() + sharing.get(b));
                }
            }
        }
        for (long pair : pairs) {
            int i = (int) (pair / all.size());
            int j = (int) (pair % all.size());
            String node = commonNode(index.placements(), all.get(i), all.get(j));
            if (node == null) {
                continue;
            }
            for (HostPort port : ports.get(j).values()) {
                if (ports.get(i).containsKey(port.key())) {
                    out.add(Warnings.on(all.get(j), CODE, port.field(), "DaemonSets " + Warnings.name(all.get(i)) + " and "
                            + Warnings.name(all.get(j)) + " both claim host port " + port.key() + " and both run on node "
                            + node + " (and possibly others): only one of their pods can start on such a node",
                            "diag.HostPortConflict", Warnings.name(all.get(i)), Warnings.name(all.get(j)), port.key(), node));
                }
            }
        }
        return out;
    }

    /** Host ports of the template's containers, first claim of each port/protocol kept. */
    static Map<String, HostPort> hostPorts(DaemonSet ds) {
        Map<String, HostPort> out = new LinkedHashMap<>();
        boolean hostNetwork = ds.template().spec().hostNetwork();
        List<Container> containers = ds.template().spec().containers();
        for (int i = 0; i < containers.size(); i++) {
            List<ContainerPort> list = containers.get(i).ports();
            for (int j = 0; j < list.size(); j++) {
                ContainerPort p = list.get(j);
                Integer host = p.hostPort() != null && p.hostPort() > 0 ? p.hostPort()
                        : hostNetwork && p.containerPort() != null && p.containerPort() > 0 ? p.containerPort() : null;
                if (host != null) {
                    HostPort hp = new HostPort(host, p.protocol(), "spec.template.spec.containers[" + i + "].ports[" + j + "]");
                    out.putIfAbsent(hp.key(), hp);
                }
            }
        }
        return out;
    }

    /** The first node (in snapshot order) both DaemonSets run on, or null. */
    private static String commonNode(Placements placements, DaemonSet first, DaemonSet second) {
        for (int n = 0; n < placements.nodes().size(); n++) {
            if (placements.shouldRun(first, n) && placements.shouldRun(second, n)) {
                return placements.nodes().get(n).name();
            }
        }
        return null;
    }
}
