package io.dsstudio.validation;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.MessageText;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.NodeFit;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code LegacyAffinityAnnotation}: the template carries {@code scheduler.alpha.kubernetes.io/affinity}, which
 * Kubernetes ignores since 1.8 (semantics.md §3.2). Names the nodes it would have restricted the DaemonSet to
 * (NodeFit on a copy whose template has the parsed affinity) and shows the field it should become.
 */
final class LegacyAffinityCheck implements SnapshotCheck {
    static final String CODE = "LegacyAffinityAnnotation";
    static final String FIELD = "spec.template.metadata.annotations";
    private static final int NAMED_NODES = 10;

    @Override
    public List<Finding> check(Snapshot snapshot) {
        List<Finding> out = new ArrayList<>();
        for (DaemonSet ds : snapshot.daemonSets()) {
            String value = LegacyAffinityMigration.annotation(ds);
            if (value != null) {
                out.add(Warnings.on(ds, CODE, FIELD, message(ds, value, snapshot.nodes()), "diag.LegacyAffinityAnnotation",
                        text(ds, value, snapshot.nodes()).toArray()));
            }
        }
        return out;
    }

    private static String message(DaemonSet ds, String value, List<ClusterNode> nodes) {
        String head = DaemonSet.LEGACY_AFFINITY_ANNOTATION + " is ignored by Kubernetes since 1.8";
        LegacyAffinityMigration.Result result = LegacyAffinityMigration.migrate(value);
        if (result instanceof LegacyAffinityMigration.Unparsable bad) {
            return head + ", and its value is not a JSON Affinity (" + bad.reason() + "); write the intended affinity in spec.template.spec.affinity";
        }
        LegacyAffinityMigration.Migrated migrated = (LegacyAffinityMigration.Migrated) result;
        StringBuilder out = new StringBuilder(head);
        if (ds.template().spec().affinity() != null) {
            out.append("; the template also sets spec.affinity.nodeAffinity, which decides, so the annotation can be removed");
        }
        if (migrated.nodeAffinity() != null && migrated.nodeAffinity().hasRequired() && !nodes.isEmpty()) {
            DaemonSet restricted = ds.withTemplate(ds.template().withSpec(ds.template().spec().withAffinity(migrated.nodeAffinity())));
            NodeFit fit = NodeFit.forDaemonSet(restricted);
            List<String> names = nodes.stream().filter(n -> fit.verdict(n).shouldRun()).map(ClusterNode::name).toList();
            out.append("; it would have restricted the DaemonSet to ").append(names.size()).append(" of ").append(nodes.size())
                    .append(nodes.size() == 1 ? " node" : " nodes").append(names.isEmpty() ? "" : ": " + shortList(names));
        }
        out.append("; move it to spec.template.spec as ").append(migrated.flowYaml());
        return out.toString();
    }

    /** The same sentence in parts for the app's languages: the head, then each clause that applies, as phrases. */
    private static List<Object> text(DaemonSet ds, String value, List<ClusterNode> nodes) {
        LegacyAffinityMigration.Result result = LegacyAffinityMigration.migrate(value);
        if (result instanceof LegacyAffinityMigration.Unparsable bad) {
            return List.of(MessageText.of("diag.LegacyAffinityAnnotation.unparsable", bad.reason()), "", "", "");
        }
        LegacyAffinityMigration.Migrated migrated = (LegacyAffinityMigration.Migrated) result;
        Object decides = ds.template().spec().affinity() != null ? MessageText.of("diag.LegacyAffinityAnnotation.decided") : "";
        Object restricted = "";
        if (migrated.nodeAffinity() != null && migrated.nodeAffinity().hasRequired() && !nodes.isEmpty()) {
            DaemonSet withAffinity = ds.withTemplate(ds.template().withSpec(ds.template().spec().withAffinity(migrated.nodeAffinity())));
            NodeFit fit = NodeFit.forDaemonSet(withAffinity);
            List<String> names = nodes.stream().filter(n -> fit.verdict(n).shouldRun()).map(ClusterNode::name).toList();
            List<String> named = names.subList(0, Math.min(NAMED_NODES, names.size()));
            restricted = names.isEmpty() ? MessageText.of("diag.LegacyAffinityAnnotation.restrictedToNone", nodes.size())
                    : MessageText.of("diag.LegacyAffinityAnnotation.restricted", names.size(), nodes.size(),
                    String.join(", ", named), names.size() - named.size());
        }
        return List.of("", decides, restricted, MessageText.of("diag.LegacyAffinityAnnotation.move", migrated.flowYaml()));
    }

    private static String shortList(List<String> names) {
        if (names.size() <= NAMED_NODES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMED_NODES)) + " and " + (names.size() - NAMED_NODES) + " more";
    }
}
