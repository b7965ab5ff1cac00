package io.dsstudio.ui.labels;

/**
 * A label key with one of its values and how many nodes carry that pair; or, for a key whose every value is on
 * exactly one node (kubernetes.io/hostname), the whole key in one row: {@code uniqueValues} values, one per node.
 *
 * @param value        the value, or null for a per-node-unique key's row
 * @param uniqueValues 0, or for a per-node-unique key how many values (= nodes) it has
 */
public record LabelValueRow(String key, String value, int nodeCount, int uniqueValues) {
    public LabelValueRow(String key, String value, int nodeCount) {
        this(key, value, nodeCount, 0);
    }

    static LabelValueRow perNode(String key, int values) {
        return new LabelValueRow(key, null, values, values);
    }

    public boolean isPerNodeUnique() {
        return uniqueValues > 0;
    }
}
