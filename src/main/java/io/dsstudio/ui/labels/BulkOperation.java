package io.dsstudio.ui.labels;

/** The bulk edits the Labels & taints view offers on the selected nodes; {@code key} names it in the bundle. */
public enum BulkOperation {
    ADD_LABEL, OVERWRITE_LABEL, REMOVE_LABEL, ADD_TAINT, REMOVE_TAINT, CORDON, UNCORDON;

    public String key() {
        return "labels.op." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean needsKey() {
        return this != CORDON && this != UNCORDON;
    }

    public boolean needsValue() {
        return this == ADD_LABEL || this == OVERWRITE_LABEL || this == ADD_TAINT;
    }

    public boolean needsEffect() {
        return this == ADD_TAINT || this == REMOVE_TAINT;
    }
}
