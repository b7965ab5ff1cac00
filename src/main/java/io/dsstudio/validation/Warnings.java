package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.Severity;

/** Small helpers the warning checks share. */
final class Warnings {
    private Warnings() {
    }

    static Finding on(DaemonSet ds, String code, String field, String message) {
        return new Finding(ds.ref(), new Diagnostic(Severity.WARNING, code, ds.ref().toString(), field, null, message, null));
    }

    /** A warning whose message the app also shows in its languages: bundle key {@code key}, arguments {@code args}. */
    static Finding on(DaemonSet ds, String code, String field, String message, String key, Object... args) {
        return new Finding(ds.ref(), new Diagnostic(Severity.WARNING, code, ds.ref().toString(), field, null, message, null)
                .withText(key, args));
    }

    /** The selector the controller would use: null for one that selects nothing or is never synced (empty). */
    static LabelSelector usableSelector(DaemonSet ds) {
        LabelSelector selector = ds.selector();
        if (selector == null || selector.isEmpty() || !SelectorMatchesTemplateRule.converts(selector)) {
            return null;
        }
        return selector;
    }

    static String name(DaemonSet ds) {
        return ds.meta().namespace() + "/" + ds.meta().name();
    }
}
