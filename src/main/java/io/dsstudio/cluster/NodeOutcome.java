package io.dsstudio.cluster;

/**
 * One node after apply: whether our controller predicted a daemon pod there, and whether the cluster's
 * controller actually runs one.
 */
public record NodeOutcome(String node, boolean predicted, boolean actual) {
    public boolean differs() {
        return predicted != actual;
    }
}
