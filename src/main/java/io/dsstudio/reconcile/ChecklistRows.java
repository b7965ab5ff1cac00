package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.Toleration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the rows of a {@link PlacementChecklist} around the checks of {@link FitExplainer}, keeping their details. */
final class ChecklistRows {
    private static final String UNSET = "(unset)";
    private static final String NOT_CHECKED = "(not checked by the DaemonSet controller)";

    private final ClusterNode node;
    private final PodSpec spec;
    private final RequiredNodeAffinity affinity;
    private final List<NodeSelectorTerm> terms;
    private final List<Toleration> tolerations;

    ChecklistRows(ClusterNode node, PodSpec spec, RequiredNodeAffinity affinity, List<NodeSelectorTerm> terms,
                  List<Toleration> tolerations) {
        this.node = node;
        this.spec = spec;
        this.affinity = affinity;
        this.terms = terms;
        this.tolerations = tolerations;
    }

    /** @param checks FitExplainer's checks: NodeName, NodeSelector, NodeAffinity, then Taints or one Taint per node taint */
    List<ChecklistRow> build(List<FitCheck> checks) {
        List<ChecklistRow> rows = new ArrayList<>();
        rows.add(nodeName(checks.get(0)));
        rows.add(nodeSelector(checks.get(1)));
        rows.add(nodeAffinity(checks.get(2)));
        rows.addAll(affinityTerms());
        if (node.taints().isEmpty()) {
            rows.add(row(checks.get(3), "", "(none)", List.of()));
        }
        for (int i = 0; i < node.taints().size(); i++) {
            rows.add(taint(checks.get(3 + i), node.taints().get(i)));
        }
        rows.addAll(defaultTolerations());
        rows.addAll(nodeState());
        return rows;
    }

    private static ChecklistRow row(FitCheck check, String dsValue, String nodeValue, List<QuickFix> fixes) {
        return new ChecklistRow(check.rule(), check.passed() ? ChecklistRow.Status.PASS : ChecklistRow.Status.FAIL, -1,
                dsValue, nodeValue, check.detail(), fixes);
    }

    private ChecklistRow nodeName(FitCheck check) {
        return row(check, spec.nodeName().isEmpty() ? UNSET : spec.nodeName(), node.name(), List.of());
    }

    private ChecklistRow nodeSelector(FitCheck check) {
        Map<String, String> wanted = affinity.nodeSelectorEntries();
        if (wanted.isEmpty()) {
            return row(check, "(none)", "", List.of());
        }
        List<QuickFix> fixes = new ArrayList<>();
        wanted.forEach((k, v) -> {
            if (!v.equals(node.labels().get(k)) && !QuickFix.isKubeletLabel(k)) {
                fixes.add(new QuickFix.AddNodeLabel(k, v));
            }
        });
        String nodeSide = wanted.keySet().stream().map(this::label).collect(Collectors.joining(", "));
        return row(check, pairs(wanted), nodeSide, fixes);
    }

    private ChecklistRow nodeAffinity(FitCheck check) {
        if (!affinity.hasAffinity()) {
            return row(check, "(none)", "", List.of());
        }
        List<Optional<Boolean>> results = affinity.termResults(node);
        List<String> matching = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).orElse(false)) {
                matching.add(Integer.toString(i));
            }
        }
        String nodeSide = matching.isEmpty() ? "matches no term" : "matches term " + String.join(", ", matching);
        return row(check, terms.size() + (terms.size() == 1 ? " term" : " terms") + " (ORed)", nodeSide, List.of());
    }

    private List<ChecklistRow> affinityTerms() {
        if (!affinity.hasAffinity()) {
            return List.of();
        }
        List<Optional<Boolean>> results = affinity.termResults(node);
        List<ChecklistRow> rows = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            NodeSelectorTerm term = terms.get(i);
            Optional<Boolean> result = results.get(i);
            boolean matches = result.orElse(false);
            String verdict = result.isEmpty() ? "cannot be parsed or is empty: matches nothing"
                    : matches ? "matches" : "does not match";
            rows.add(new ChecklistRow(ChecklistRow.AFFINITY_TERM, matches ? ChecklistRow.Status.PASS : ChecklistRow.Status.FAIL, i,
                    requirements(term), nodeValues(term), "term " + i + " " + verdict
                    + (terms.size() > 1 ? " (any one matching term is enough)" : ""),
                    matches || result.isEmpty() ? List.of() : termFix(term)));
        }
        return rows;
    }

    /** A label fix only when one In requirement is all that fails the term (a label that alone makes it match). */
    private List<QuickFix> termFix(NodeSelectorTerm term) {
        List<NodeSelectorRequirement> failing = new ArrayList<>();
        for (NodeSelectorRequirement r : term.matchExpressions()) {
            if (!single(r, false).orElse(false)) {
                failing.add(r);
            }
        }
        for (NodeSelectorRequirement r : term.matchFields()) {
            if (!single(r, true).orElse(false)) {
                return List.of();
            }
        }
        if (failing.size() != 1 || !"In".equals(failing.get(0).operator()) || failing.get(0).values().isEmpty()
                || QuickFix.isKubeletLabel(failing.get(0).key())) {
            return List.of();
        }
        return List.of(new QuickFix.AddNodeLabel(failing.get(0).key(), failing.get(0).values().get(0)));
    }

    private Optional<Boolean> single(NodeSelectorRequirement r, boolean field) {
        NodeSelectorTerm one = field ? new NodeSelectorTerm(List.of(), List.of(r)) : new NodeSelectorTerm(List.of(r), List.of());
        return NodeSelectorTermMatcher.parse(one).map(m -> m.matches(node));
    }

    private static String requirements(NodeSelectorTerm term) {
        List<String> parts = new ArrayList<>();
        term.matchExpressions().forEach(r -> parts.add(r.toString()));
        term.matchFields().forEach(r -> parts.add("field " + r));
        return parts.isEmpty() ? "(empty term)" : String.join(" AND ", parts);
    }

    private String nodeValues(NodeSelectorTerm term) {
        List<String> parts = new ArrayList<>();
        term.matchExpressions().forEach(r -> parts.add(label(r.key())));
        term.matchFields().forEach(r -> parts.add(r.key() + "=" + ("metadata.name".equals(r.key()) ? node.name() : "\"\"")));
        return String.join(", ", parts);
    }

    private ChecklistRow taint(FitCheck check, Taint taint) {
        Optional<Toleration> by = tolerations.stream().filter(t -> t.tolerates(taint)).findFirst();
        String dsSide = !NodeFit.isConsidered(taint) ? "(effect not considered)"
                : by.map(FitExplainer::describe).orElse("no matching toleration");
        List<QuickFix> fixes = new ArrayList<>();
        if (!check.passed()) {
            fixes.add(new QuickFix.TolerateTaint(taint));
            if (!QuickFix.isNodeControllerTaint(taint)) {
                fixes.add(new QuickFix.RemoveNodeTaint(taint));
            }
        }
        return row(check, dsSide, taint.toString(), fixes);
    }

    private List<ChecklistRow> defaultTolerations() {
        List<ChecklistRow> rows = new ArrayList<>();
        for (Toleration t : DefaultDaemonTolerations.defaultsFor(spec)) {
            String matched = node.taints().stream().filter(t::tolerates).map(Taint::toString).collect(Collectors.joining(", "));
            boolean replaced = spec.tolerations().stream().anyMatch(t::sameIdentity);
            String detail = (replaced ? ChecklistRow.REPLACES_TEMPLATE_TOLERATION + " (dropping its tolerationSeconds)"
                    : "added to every daemon pod") + (matched.isEmpty() ? "" : "; tolerates the node's taint");
            rows.add(new ChecklistRow(ChecklistRow.DEFAULT_TOLERATION, ChecklistRow.Status.INFO, -1, FitExplainer.describe(t),
                    matched.isEmpty() ? "(no such taint)" : matched, detail, List.of()));
        }
        return rows;
    }

    private List<ChecklistRow> nodeState() {
        boolean reported = node.conditions().stream().anyMatch(c -> "Ready".equals(c.type()));
        String ready = reported ? node.readyStatus() : "(not reported)";
        String readyDetail = !reported ? "the node reports no Ready condition" : "True".equals(ready) ? "node is Ready"
                : "node is " + ("False".equals(ready) ? "NotReady" : "Unknown")
                + "; only its not-ready/unreachable taints count, and their NoExecute ones are tolerated by default";
        String cordonDetail = node.unschedulable()
                ? "cordoned; the controller ignores spec.unschedulable and tolerates node.kubernetes.io/unschedulable:NoSchedule"
                : "schedulable";
        return List.of(
                new ChecklistRow(ChecklistRow.NODE_STATE, ChecklistRow.Status.INFO, -1, NOT_CHECKED, "Ready=" + ready, readyDetail, List.of()),
                new ChecklistRow(ChecklistRow.NODE_STATE, ChecklistRow.Status.INFO, -1, NOT_CHECKED,
                        "unschedulable=" + node.unschedulable(), cordonDetail, List.of()));
    }

    private String label(String key) {
        String value = node.labels().get(key);
        return key + "=" + (value == null ? "(absent)" : value);
    }

    private static String pairs(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
