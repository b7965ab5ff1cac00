package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code OverlappingSelector}: in one namespace, a DaemonSet's selector matches another's template labels, so
 * both claim the same orphans and whichever syncs first adopts them (semantics.md §2). Reported once per pair,
 * on the later DaemonSet.
 *
 * <p>Pairs are found by the labels a selector reads: a selector with matchLabels is compared only with the
 * templates carrying its rarest {@code key=value}; one with matchExpressions alone with every template of its
 * namespace.
 */
final class OverlappingSelectorCheck implements SnapshotCheck {
    static final String CODE = "OverlappingSelector";

    @Override
    public List<Finding> check(Snapshot snapshot) {
        return check(new SnapshotIndex(snapshot, new VisitCounter()));
    }

    @Override
    public List<Finding> check(SnapshotIndex index) {
        List<DaemonSet> all = index.snapshot().daemonSets();
        TemplateLabels templates = new TemplateLabels(all);
        TreeSet<Long> pairs = new TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            LabelSelector selector = Warnings.usableSelector(all.get(i));
            if (selector == null) {
                continue;
            }
            List<Integer> candidates = templates.candidates(all.get(i).meta().namespace(), selector);
            index.visits().add(candidates.size());
            for (int j : candidates) {
                if (j != i && selector.matches(all.get(j).template().labels())) {
                    pairs.add((long) Math.min(i, j) * all.size() + Math.max(i, j));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (long pair : pairs) {
            DaemonSet first = all.get((int) (pair / all.size()));
            DaemonSet second = all.get((int) (pair % all.size()));
            DaemonSet selecting = first;
            DaemonSet selected = second;
            String how = overlap(first, second);
            if (how == null) {
                how = overlap(second, first);
                selecting = second;
                selected = first;
            }
            out.add(Warnings.on(second, CODE, "spec.selector", "selectors of DaemonSets " + Warnings.name(first) + " and "
                    + Warnings.name(second) + " overlap: " + how
                    + "; both would claim the same pods and whichever syncs first adopts an orphan",
                    "diag.OverlappingSelector", Warnings.name(first), Warnings.name(second),
                    GoValues.quote(String.valueOf(Warnings.usableSelector(selecting))), Warnings.name(selecting), Warnings.name(selected)));
        }
        return out;
    }

    private static String overlap(DaemonSet selecting, DaemonSet selected) {
        LabelSelector selector = Warnings.usableSelector(selecting);
        if (selector == null || !selector.matches(selected.template().labels())) {
            return null;
        }
        return "the selector " + GoValues.quote(selector.toString()) + " of " + Warnings.name(selecting)
                + " matches the template labels of " + Warnings.name(selected);
    }

    /** The DaemonSets (by index) of each namespace, and of each namespace and template label {@code key=value}. */
    private static final class TemplateLabels {
        private final Map<String, List<Integer>> byNamespace = new HashMap<>();
        private final Map<String, Map<String, List<Integer>>> byLabel = new HashMap<>();

        TemplateLabels(List<DaemonSet> all) {
            for (int i = 0; i < all.size(); i++) {
                DaemonSet ds = all.get(i);
                byNamespace.computeIfAbsent(ds.meta().namespace(), ns -> new ArrayList<>()).add(i);
                Map<String, List<Integer>> labels = byLabel.computeIfAbsent(ds.meta().namespace(), ns -> new HashMap<>());
                for (Map.Entry<String, String> label : ds.template().labels().entrySet()) {
                    labels.computeIfAbsent(pair(label.getKey(), label.getValue()), l -> new ArrayList<>()).add(i);
                }
            }
        }

        /** Every DaemonSet whose template labels the selector may match: a superset, in snapshot order. */
        List<Integer> candidates(String namespace, LabelSelector selector) {
            List<Integer> best = byNamespace.getOrDefault(namespace, List.of());
            Map<String, List<Integer>> labels = byLabel.getOrDefault(namespace, Map.of());
            for (Map.Entry<String, String> required : selector.matchLabels().entrySet()) {
                List<Integer> carrying = labels.getOrDefault(pair(required.getKey(), required.getValue()), List.of());
                if (carrying.size() < best.size()) {
                    best = carrying;
                }
            }
            return best;
        }

        private static String pair(String key, String value) {
            return key + '\u0000' + value;
        }
    }
}
