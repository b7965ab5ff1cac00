package io.dsstudio.ui.overview;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.NodeStatus;
import io.dsstudio.validation.Finding;
import io.dsstudio.validation.SnapshotValidator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the overview from the plan (the counts the controller computes) and the snapshot; linear in nodes. */
public final class OverviewCalculator {
    private final SnapshotValidator validator = new SnapshotValidator();

    /** @param readDiagnostics what reading the snapshot reported (syntax, types, duplicates) */
    public OverviewSummary summarize(Snapshot snapshot, Plan plan, List<Diagnostic> readDiagnostics) {
        return summarize(snapshot, plan, readDiagnostics, snapshotWarnings(snapshot));
    }

    /**
     * The summary with the snapshot's cross-object warnings computed beforehand ({@link #snapshotWarnings}, which
     * needs no plan and so runs beside planning), or null while they are still being computed: the summary then
     * holds the other warnings and says the rest are pending.
     */
    public OverviewSummary summarize(Snapshot snapshot, Plan plan, List<Diagnostic> readDiagnostics,
                                     List<Diagnostic> snapshotWarnings) {
        List<DaemonSetCard> cards = new ArrayList<>();
        for (DaemonSetPlan ds : plan.daemonSets()) {
            cards.add(new DaemonSetCard(ds.key(), ds.status(), chips(ds.status())));
        }
        return new OverviewSummary(cards, counts(snapshot),
                warnings(snapshot, plan, readDiagnostics, snapshotWarnings == null ? List.of() : snapshotWarnings),
                snapshotWarnings == null);
    }

    /** The snapshot's cross-object warnings (selectors, ports, orphans), which do not depend on the plan. */
    public List<Diagnostic> snapshotWarnings(Snapshot snapshot) {
        return validator.warnings(snapshot).stream().map(Finding::diagnostic).toList();
    }

    static List<DaemonSetCard.Chip> chips(StatusCounts s) {
        List<DaemonSetCard.Chip> chips = new ArrayList<>();
        int desired = s.desiredNumberScheduled();
        if (desired == 0) {
            chips.add(new DaemonSetCard.Chip(DaemonSetCard.Chip.Kind.MATCHES_NO_NODE, 0, 0));
        }
        if (s.numberMisscheduled() > 0) {
            chips.add(new DaemonSetCard.Chip(DaemonSetCard.Chip.Kind.MISSCHEDULED, s.numberMisscheduled(), desired));
        }
        if (desired > s.currentNumberScheduled()) {
            chips.add(new DaemonSetCard.Chip(DaemonSetCard.Chip.Kind.MISSING, desired - s.currentNumberScheduled(), desired));
        }
        if (desired > 0 && s.updatedNumberScheduled() < desired) {
            chips.add(new DaemonSetCard.Chip(DaemonSetCard.Chip.Kind.ROLLOUT, s.updatedNumberScheduled(), desired));
        }
        if (s.numberUnavailable() > 0) {
            chips.add(new DaemonSetCard.Chip(DaemonSetCard.Chip.Kind.UNAVAILABLE, s.numberUnavailable(), desired));
        }
        return chips;
    }

    static ClusterCounts counts(Snapshot snapshot) {
        List<String> all = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> cordoned = new ArrayList<>();
        List<String> tainted = new ArrayList<>();
        for (ClusterNode node : snapshot.nodes()) {
            all.add(node.name());
            NodeStatus status = NodeFacts.status(node);
            (status == NodeStatus.READY ? ready : status == NodeStatus.NOT_READY ? notReady : unknown).add(node.name());
            if (node.unschedulable()) {
                cordoned.add(node.name());
            }
            if (!node.taints().isEmpty()) {
                tainted.add(node.name());
            }
        }
        return new ClusterCounts(all, ready, notReady, unknown, cordoned, tainted);
    }

    private List<OverviewWarning> warnings(Snapshot snapshot, Plan plan, List<Diagnostic> readDiagnostics,
                                           List<Diagnostic> snapshotWarnings) {
        List<Diagnostic> all = new ArrayList<>(readDiagnostics);
        all.addAll(snapshotWarnings);
        all.addAll(plan.warnings());
        Map<String, String> podNodes = all.stream().anyMatch(d -> d.object() != null && d.object().startsWith("Pod/"))
                ? podNodes(snapshot) : Map.of();
        Set<OverviewWarning> out = new LinkedHashSet<>();
        all.forEach(d -> out.add(warning(podNodes, d)));
        return List.copyOf(out);
    }

    /** The object string is {@code Kind/namespace/name} or {@code Kind/name} (ObjectRef's form). */
    private static Map<String, String> podNodes(Snapshot snapshot) {
        Map<String, String> out = new HashMap<>();
        for (Pod pod : snapshot.pods()) {
            String node = pod.targetNodeName();
            if (node != null && !node.isEmpty()) {
                out.put("Pod/" + pod.meta().namespace() + "/" + pod.meta().name(), node);
            }
        }
        return out;
    }

    private static OverviewWarning warning(Map<String, String> podNodes, Diagnostic d) {
        String object = d.object() == null ? "" : d.object();
        String daemonSet = null;
        String node = null;
        String[] parts = object.split("/", 3);
        if (parts.length == 3 && "DaemonSet".equals(parts[0])) {
            daemonSet = parts[1] + "/" + parts[2];
        } else if (parts.length == 2 && "Node".equals(parts[0])) {
            node = parts[1];
        } else if (parts.length == 3 && "Pod".equals(parts[0])) {
            node = podNodes.get(object);
        }
        return new OverviewWarning(d.severity().name(), d.code(), object, d.message(), daemonSet, node, d.text());
    }
}
