package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;

/** Rules 12 and 13: a DaemonSet template may set neither activeDeadlineSeconds nor ephemeral containers. */
final class TemplateRestrictionsRule implements DaemonSetRule {
    @Override
    public void check(DaemonSet ds, Problems out) {
        if (ds.template().spec().activeDeadlineSeconds() != null) {
            out.forbidden("ForbiddenField", "spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in DaemonSet is not Supported");
        }
        if (ds.template().spec().ephemeralContainerCount() > 0) {
            out.forbidden("ForbiddenField", "spec.template.spec.ephemeralContainers", "ephemeral containers not allowed in pod template");
        }
    }
}
