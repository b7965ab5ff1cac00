package io.dsstudio.cluster;

import io.dsstudio.reconcile.NodeVerdict;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Watches a DaemonSet settle after apply (observedGeneration >= generation, updated = available = desired, within
 * the timeout, 10 minutes by default), then puts, per node, the predicted outcome next to what the cluster's
 * controller did.
 */
public final class ConvergenceMonitor {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final LiveCluster cluster;
    private final Clock clock;
    private final Duration pollInterval;

    public ConvergenceMonitor(LiveCluster cluster, Clock clock, Duration pollInterval) {
        this.cluster = cluster;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    /** @param predicted our controller's verdict per node (shouldRun) for this DaemonSet */
    public ConvergenceReport await(String namespace, String name, List<NodeVerdict> predicted, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        DaemonSet ds = read(namespace, name);
        while (ds != null && !converged(ds) && clock.instant().isBefore(deadline)) {
            sleep();
            ds = read(namespace, name);
        }
        boolean converged = ds != null && converged(ds);
        return new ConvergenceReport(namespace, name, converged, describe(ds), compare(ds, predicted));
    }

    static boolean converged(DaemonSet ds) {
        DaemonSetStatus s = ds.getStatus();
        if (s == null) {
            return false;
        }
        long generation = ds.getMetadata().getGeneration() == null ? 0 : ds.getMetadata().getGeneration();
        long observed = s.getObservedGeneration() == null ? -1 : s.getObservedGeneration();
        int desired = n(s.getDesiredNumberScheduled());
        return observed >= generation && n(s.getUpdatedNumberScheduled()) == desired && n(s.getNumberAvailable()) == desired;
    }

    private List<NodeOutcome> compare(DaemonSet ds, List<NodeVerdict> predicted) {
        Set<String> running = ds == null ? Set.of() : runningNodes(ds);
        Map<String, NodeOutcome> byNode = new TreeMap<>();
        for (NodeVerdict verdict : predicted) {
            byNode.put(verdict.node(), new NodeOutcome(verdict.node(), verdict.shouldRun(), running.contains(verdict.node())));
        }
        for (String node : running) {
            byNode.putIfAbsent(node, new NodeOutcome(node, false, true));
        }
        return List.copyOf(byNode.values());
    }

    /** Nodes with a pod this DaemonSet controls that is not being deleted. */
    private Set<String> runningNodes(DaemonSet ds) {
        String uid = ds.getMetadata().getUid();
        List<Pod> pods;
        try {
            Map<String, String> matchLabels = ds.getSpec() == null || ds.getSpec().getSelector() == null
                    ? null : ds.getSpec().getSelector().getMatchLabels();
            // narrow by the selector's matchLabels: the owner check below decides
            pods = matchLabels == null || matchLabels.isEmpty()
                    ? cluster.client().pods().inNamespace(ds.getMetadata().getNamespace()).list().getItems()
                    : cluster.client().pods().inNamespace(ds.getMetadata().getNamespace()).withLabels(matchLabels).list().getItems();
        } catch (RuntimeException e) {
            throw cluster.errors().translate("listing the pods of DaemonSet " + ds.getMetadata().getName(), e);
        }
        return pods.stream()
                .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
                .filter(p -> p.getMetadata().getOwnerReferences() != null && p.getMetadata().getOwnerReferences().stream()
                        .anyMatch(o -> "DaemonSet".equals(o.getKind()) && Objects.equals(o.getUid(), uid)
                                && Boolean.TRUE.equals(o.getController())))
                .map(p -> p.getSpec() == null ? null : p.getSpec().getNodeName())
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private DaemonSet read(String namespace, String name) {
        try {
            return cluster.client().apps().daemonSets().inNamespace(namespace).withName(name).get();
        } catch (RuntimeException e) {
            throw cluster.errors().translate("reading DaemonSet " + namespace + "/" + name, e);
        }
    }

    private static String describe(DaemonSet ds) {
        if (ds == null) {
            return "the DaemonSet no longer exists";
        }
        DaemonSetStatus s = ds.getStatus() == null ? new DaemonSetStatus() : ds.getStatus();
        return "desired " + n(s.getDesiredNumberScheduled()) + ", updated " + n(s.getUpdatedNumberScheduled())
                + ", available " + n(s.getNumberAvailable()) + ", observedGeneration "
                + (s.getObservedGeneration() == null ? "-" : s.getObservedGeneration()) + "/"
                + (ds.getMetadata().getGeneration() == null ? "-" : ds.getMetadata().getGeneration());
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveException(LiveException.Kind.TIMEOUT, "interrupted while waiting for the DaemonSet to converge");
        }
    }
}
