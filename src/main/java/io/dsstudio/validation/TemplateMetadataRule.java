package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;

/** Rule 9: template labels and annotations, reported without the {@code metadata} segment as upstream does. */
final class TemplateMetadataRule implements DaemonSetRule {
    @Override
    public void check(DaemonSet ds, Problems out) {
        LabelChecks.labels(ds.template().labels(), "spec.template.labels", "InvalidLabels", out);
        LabelChecks.annotations(ds.template().annotations(), "spec.template.annotations", "InvalidAnnotations", out);
    }
}
