package io.dsstudio.reconcile;

import java.util.List;

/**
 * One row of a placement checklist: the rule, its outcome, the DaemonSet's and the node's values side by
 * side, a sentence explaining it, and the quick fixes that would make a failing row pass.
 *
 * @param rule NodeName, NodeSelector, NodeAffinity, AffinityTerm, Taint (Taints for none), DefaultToleration or NodeState
 * @param term the affinity term's index for AffinityTerm rows, -1 otherwise
 */
public record ChecklistRow(String rule, Status status, int term, String daemonSetValue, String nodeValue, String detail,
                           List<QuickFix> fixes) {
    /** PASS and FAIL decide the verdict; INFO rows (defaults merged in, node state) explain without deciding. */
    public enum Status { PASS, FAIL, INFO }

    public static final String NODE_NAME = "NodeName";
    public static final String NODE_SELECTOR = "NodeSelector";
    public static final String NODE_AFFINITY = "NodeAffinity";
    public static final String AFFINITY_TERM = "AffinityTerm";
    /** One per node taint, or one (node value "(none)") for a node without taints: the upstream scheduler plugin's name. */
    public static final String TAINT = "TaintToleration";
    public static final String DEFAULT_TOLERATION = "DefaultToleration";
    public static final String NODE_STATE = "NodeState";
    /** How a {@link #DEFAULT_TOLERATION} row's detail begins when the default replaced the template's own toleration. */
    public static final String REPLACES_TEMPLATE_TOLERATION = "replaces the template's identical toleration";

    public ChecklistRow {
        fixes = List.copyOf(fixes);
    }

    public boolean passed() {
        return status != Status.FAIL;
    }

    /** The rows {@code explain} reported before the checklist grew: one per upstream check, in upstream's order. */
    public boolean isCheck() {
        return rule.equals(NODE_NAME) || rule.equals(NODE_SELECTOR) || rule.equals(NODE_AFFINITY) || rule.equals(TAINT);
    }
}
