package io.dsstudio.reconcile;

import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.domain.Toleration;

import java.util.ArrayList;
import java.util.List;

/**
 * DU AddOrUpdateDaemonPodTolerations: the tolerations every daemon pod gets (semantics.md §3.4), merged into
 * the template's as AddOrUpdateTolerationInPodSpec does.
 */
public final class DefaultDaemonTolerations {
    public static final String NOT_READY = "node.kubernetes.io/not-ready";
    public static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    public static final String DISK_PRESSURE = "node.kubernetes.io/disk-pressure";
    public static final String MEMORY_PRESSURE = "node.kubernetes.io/memory-pressure";
    public static final String PID_PRESSURE = "node.kubernetes.io/pid-pressure";
    public static final String UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
    public static final String NETWORK_UNAVAILABLE = "node.kubernetes.io/network-unavailable";

    private DefaultDaemonTolerations() {
    }

    /** The defaults for a template, in upstream's order (network-unavailable only with hostNetwork). */
    public static List<Toleration> defaultsFor(PodSpec template) {
        List<Toleration> out = new ArrayList<>(List.of(
                Toleration.exists(NOT_READY, TaintEffect.NO_EXECUTE),
                Toleration.exists(UNREACHABLE, TaintEffect.NO_EXECUTE),
                Toleration.exists(DISK_PRESSURE, TaintEffect.NO_SCHEDULE),
                Toleration.exists(MEMORY_PRESSURE, TaintEffect.NO_SCHEDULE),
                Toleration.exists(PID_PRESSURE, TaintEffect.NO_SCHEDULE),
                Toleration.exists(UNSCHEDULABLE, TaintEffect.NO_SCHEDULE)));
        if (template.hostNetwork()) {
            out.add(Toleration.exists(NETWORK_UNAVAILABLE, TaintEffect.NO_SCHEDULE));
        }
        return out;
    }

    /** The tolerations of the daemon pod made from {@code template}: the template's with the defaults merged in. */
    public static List<Toleration> merged(PodSpec template) {
        List<Toleration> tolerations = new ArrayList<>(template.tolerations());
        for (Toleration extra : defaultsFor(template)) {
            addOrUpdate(tolerations, extra);
        }
        return List.copyOf(tolerations);
    }

    /**
     * AddOrUpdateTolerationInPodSpec: every toleration with the same key, operator, value and effect is
     * replaced by {@code toleration} (dropping e.g. its tolerationSeconds); with none, it is appended.
     */
    static void addOrUpdate(List<Toleration> tolerations, Toleration toleration) {
        boolean updated = false;
        for (int i = 0; i < tolerations.size(); i++) {
            if (toleration.sameIdentity(tolerations.get(i))) {
                tolerations.set(i, toleration);
                updated = true;
            }
        }
        if (!updated) {
            tolerations.add(toleration);
        }
    }
}
