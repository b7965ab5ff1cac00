package io.dsstudio.ui.cluster;

/**
 * One node of a DaemonSet after apply: the predicted outcome next to what the cluster's controller did.
 *
 * @param status the DaemonSet's localised settle state ("converged" or "did not converge: …"), the same on all its rows
 */
public record ConvergenceRow(String daemonSet, String node, boolean predicted, boolean actual, String status) {
    public boolean differs() {
        return predicted != actual;
    }
}
