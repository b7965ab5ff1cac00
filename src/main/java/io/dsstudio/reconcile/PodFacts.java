package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

/**
 * What status and manage() read from a node's only pod, packed into bits while the pod is claimed (its
 * labels are then in cache), so the per-node pass need not revisit the pod. {@link #UNKNOWN} when the node
 * has no pod, {@link #SEVERAL} when it has several.
 */
final class PodFacts {
    static final byte UNKNOWN = 0;
    private static final byte KNOWN = 1;
    private static final byte READY = 2;
    private static final byte AVAILABLE = 4;
    private static final byte UPDATED = 8;
    private static final byte PLAIN_RUNNING = 16;
    private static final byte BEING_DELETED = 32;
    /** The node has several pods (their facts are not packed); {@link #isKnown} is false. */
    static final byte SEVERAL = 64;

    private PodFacts() {
    }

    static byte of(Pod pod, SyncContext ctx) {
        int facts = KNOWN;
        if (pod.isReady()) {
            facts |= READY;
            if (ctx.isAvailable(pod)) {
                facts |= AVAILABLE;
            }
        }
        if (ctx.isUpdated(pod)) {
            facts |= UPDATED;
        }
        if (pod.isBeingDeleted()) {
            facts |= BEING_DELETED;
        } else if (!pod.isTerminal()) {
            facts |= PLAIN_RUNNING;
        }
        return (byte) facts;
    }

    /** Whether a claimed pod targets the node (one pod with known facts, or several). */
    static boolean hasPod(byte facts) {
        return facts != UNKNOWN;
    }

    static boolean isKnown(byte facts) {
        return (facts & KNOWN) != 0;
    }

    static boolean isReady(byte facts) {
        return (facts & READY) != 0;
    }

    static boolean isAvailable(byte facts) {
        return (facts & AVAILABLE) != 0;
    }

    static boolean isUpdated(byte facts) {
        return (facts & UPDATED) != 0;
    }

    static boolean isBeingDeleted(byte facts) {
        return (facts & BEING_DELETED) != 0;
    }

    static boolean isPlainRunning(byte facts) {
        return (facts & PLAIN_RUNNING) != 0;
    }
}
