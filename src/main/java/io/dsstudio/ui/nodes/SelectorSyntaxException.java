package io.dsstudio.ui.nodes;

/** A filter that looks like a label selector but does not parse; carries the offending part. */
public final class SelectorSyntaxException extends IllegalArgumentException {
    private final String part;

    public SelectorSyntaxException(String part) {
        super("not a label selector: " + part);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
