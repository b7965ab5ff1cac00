package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code OverlappingSelector}: in one namespace, a DaemonSet's selector matches another's template labels, so
 * both claim the same orphans and whichever syncs first adopts them (semantics.md §2). Reported once per pair,
 * on the later DaemonSet.
 */
final class OverlappingSelectorCheck implements SnapshotCheck {
    static final String CODE = "OverlappingSelector";

    @Override
    public List<Finding> check(Snapshot snapshot) {
        List<Finding> out = new ArrayList<>();
        List<DaemonSet> all = snapshot.daemonSets();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                DaemonSet first = all.get(i);
                DaemonSet second = all.get(j);
                if (!Objects.equals(first.meta().namespace(), second.meta().namespace())) {
                    continue;
                }
                String how = overlap(first, second);
                if (how == null) {
                    how = overlap(second, first);
                }
                if (how != null) {
                    out.add(Warnings.on(second, CODE, "spec.selector", "selectors of DaemonSets " + Warnings.name(first) + " and "
                            + Warnings.name(second) + " overlap: " + how
                            + "; both would claim the same pods and whichever syncs first adopts an orphan"));
                }
            }
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
}
