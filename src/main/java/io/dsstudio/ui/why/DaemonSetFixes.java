package io.dsstudio.ui.why;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Taint;

/** Stages a DaemonSet edit the way the editor does: the edited spec in an editor tab, previewed there. */
@FunctionalInterface
public interface DaemonSetFixes {
    /** Adds a toleration of {@code taint} to the pod template of {@code ds} and previews it; false when it could not. */
    boolean tolerate(DaemonSet ds, Taint taint);
}
