package io.dsstudio.ui.daemonsets;

import java.util.Locale;

/** What the placement matrix says about one (node, DaemonSet) pair. */
public enum PlacementVerdict {
    RUNS, RUNS_MISSCHEDULED, OUT_OF_DATE, WILL_CREATE, WILL_DELETE, WILL_EVICT, EXCLUDED;

    public String key() {
        return "verdict." + name().toLowerCase(Locale.ROOT);
    }

    /** The style class suffix (app.css colours verdicts by it). */
    public String styleSuffix() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
