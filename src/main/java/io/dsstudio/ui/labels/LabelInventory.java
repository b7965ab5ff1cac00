package io.dsstudio.ui.labels;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every label key/value and taint key/effect of a snapshot's nodes with node counts, sorted. A key whose every value
 * is on exactly one node (kubernetes.io/hostname and the like) is one row, not one row per node.
 */
final class LabelInventory {
    /** Fewer one-node values than this are listed one by one: a handful of rows reads better than a summary. */
    static final int MIN_PER_NODE_VALUES = 5;

    private LabelInventory() {
    }

    static List<LabelValueRow> labels(Snapshot snapshot) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (ClusterNode node : snapshot.nodes()) {
            node.labels().forEach((k, v) -> counts.computeIfAbsent(k, x -> new TreeMap<>()).merge(v, 1, Integer::sum));
        }
        List<LabelValueRow> rows = new ArrayList<>();
        counts.forEach((key, values) -> {
            if (values.size() >= MIN_PER_NODE_VALUES && values.values().stream().allMatch(n -> n == 1)) {
                rows.add(LabelValueRow.perNode(key, values.size()));
            } else {
                values.forEach((value, n) -> rows.add(new LabelValueRow(key, value, n)));
            }
        });
        return rows;
    }

    static List<TaintKeyRow> taints(Snapshot snapshot) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Taint> examples = new TreeMap<>();
        for (ClusterNode node : snapshot.nodes()) {
            for (Taint taint : node.taints()) {
                String id = taint.key() + "\u0000" + taint.value() + "\u0000" + taint.effect();
                counts.merge(id, 1, Integer::sum);
                examples.putIfAbsent(id, taint);
            }
        }
        List<TaintKeyRow> rows = new ArrayList<>();
        counts.forEach((id, n) -> {
            Taint t = examples.get(id);
            rows.add(new TaintKeyRow(t.key(), t.value(), t.effect(), n));
        });
        return rows;
    }
}
