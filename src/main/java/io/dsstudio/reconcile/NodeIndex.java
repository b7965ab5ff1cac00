package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Taint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of one plan, sorted by name, with what lets DaemonSets share verdicts between look-alike nodes:
 * a taint-class id per node (equal taint lists share one), and per set of label keys a projection id per node
 * (equal values for those keys share one). Built once per plan; projections are memoised per key set, since
 * many DaemonSets read the same keys (kubernetes.io/os, ...).
 */
final class NodeIndex {
    private final List<ClusterNode> nodes;
    private final String[] names;
    private final NamePositions positions;
    private final int[] taintClass;
    private final int taintClassCount;
    private final boolean uniqueNames;
    // concurrent: a plan syncs its DaemonSets on several threads at once (IncrementalPlanner), and they share projections
    private final Map<List<String>, Projection> projections = new java.util.concurrent.ConcurrentHashMap<>();

    /** Per node, the id of its values for one key set, and how many distinct ids there are. */
    record Projection(int[] ids, int count) {
    }

    NodeIndex(List<ClusterNode> unsorted) {
        List<ClusterNode> sorted = new ArrayList<>(unsorted);
        sorted.sort(Comparator.comparing(ClusterNode::name));
        this.nodes = List.copyOf(sorted);
        this.taintClass = new int[nodes.size()];
        this.names = new String[nodes.size()];
        Map<List<Taint>, Integer> taintIds = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            ClusterNode node = nodes.get(i);
            names[i] = node.name();
            taintClass[i] = taintIds.computeIfAbsent(node.taints(), t -> taintIds.size());
        }
        this.taintClassCount = taintIds.size();
        this.positions = new NamePositions(names);
        this.uniqueNames = positions.distinct() == names.length;
    }

    List<ClusterNode> nodes() {
        return nodes;
    }

    int size() {
        return nodes.size();
    }

    ClusterNode node(int i) {
        return nodes.get(i);
    }

    /** The node's position, or -1 when the snapshot has no such node. */
    int position(String name) {
        return positions.position(name);
    }

    /** The node names by position; callers must not change the array. */
    String[] names() {
        return names;
    }

    /**
     * Whether {@code position(name) == previous + 1}, checked without the map when names are unique
     * (false, and the caller asks {@link #position}, when it cannot tell).
     */
    boolean isNext(int previous, String name) {
        int next = previous + 1;
        return uniqueNames && next > 0 && next < names.length && names[next].equals(name);
    }

    String name(int i) {
        return names[i];
    }

    int taintClass(int i) {
        return taintClass[i];
    }

    int taintClassCount() {
        return taintClassCount;
    }

    Projection projection(List<String> keys) {
        return projections.computeIfAbsent(keys, this::project);
    }

    private Projection project(List<String> keys) {
        int[] ids = new int[nodes.size()];
        if (keys.isEmpty()) {
            return new Projection(ids, 1);
        }
        Map<ValueTuple, Integer> seen = new HashMap<>();
        String[] values = new String[keys.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, String> labels = nodes.get(i).labels();
            for (int k = 0; k < values.length; k++) {
                values[k] = labels.get(keys.get(k));
            }
            ValueTuple tuple = new ValueTuple(values.clone());
            Integer id = seen.get(tuple);
            if (id == null) {
                id = seen.size();
                seen.put(tuple, id);
            }
            ids[i] = id;
        }
        return new Projection(ids, seen.size());
    }

    /** Label values (null = absent) compared element-wise. */
    private record ValueTuple(String[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ValueTuple t && Arrays.equals(values, t.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
