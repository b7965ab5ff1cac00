package io.dsstudio.validation;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Container;
import io.dsstudio.domain.ContainerPort;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.NodeFit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<Finding> out = new ArrayList<>();
        List<DaemonSet> all = snapshot.daemonSets();
        List<Map<String, HostPort>> ports = all.stream().map(HostPortConflictCheck::hostPorts).toList();
        Map<DaemonSet, List<String>> running = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                List<HostPort> shared = new ArrayList<>();
                for (Map.Entry<String, HostPort> e : ports.get(j).entrySet()) {
                    if (ports.get(i).containsKey(e.getKey())) {
                        shared.add(e.getValue());
                    }
                }
                if (shared.isEmpty()) {
                    continue;
                }
                String node = commonNode(running(all.get(i), snapshot, running), running(all.get(j), snapshot, running));
                if (node == null) {
                    continue;
                }
                for (HostPort port : shared) {
                    out.add(Warnings.on(all.get(j), CODE, port.field(), "DaemonSets " + Warnings.name(all.get(i)) + " and "
                            + Warnings.name(all.get(j)) + " both claim host port " + port.key() + " and both run on node "
                            + node + " (and possibly others): only one of their pods can start on such a node"));
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

    private static List<String> running(DaemonSet ds, Snapshot snapshot, Map<DaemonSet, List<String>> cache) {
        return cache.computeIfAbsent(ds, d -> {
            NodeFit fit = NodeFit.forDaemonSet(d);
            return snapshot.nodes().stream().filter(n -> fit.verdict(n).shouldRun()).map(ClusterNode::name).toList();
        });
    }

    private static String commonNode(List<String> first, List<String> second) {
        java.util.Set<String> other = new java.util.HashSet<>(second);
        return first.stream().filter(other::contains).findFirst().orElse(null);
    }
}
