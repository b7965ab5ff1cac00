package io.dsstudio.ui.labels;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every label key/value and taint key/effect of a snapshot's nodes with node counts, sorted. */
final class LabelInventory {
    private LabelInventory() {
    }

    static List<LabelValueRow> labels(Snapshot snapshot) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (ClusterNode node : snapshot.nodes()) {
            node.labels().forEach((k, v) -> counts.computeIfAbsent(k, x -> new TreeMap<>()).merge(v, 1, Integer::sum));
        }
        List<LabelValueRow> rows = new ArrayList<>();
        counts.forEach((key, values) -> values.forEach((value, n) -> rows.add(new LabelValueRow(key, value, n))));
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
