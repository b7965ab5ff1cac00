package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.PodSpec;

/** Core ValidatePodSpec for the placement fields: nodeName a DNS-1123 subdomain, nodeSelector a valid label map. */
final class PlacementFieldsRule implements DaemonSetRule {
    @Override
    public void check(DaemonSet ds, Problems out) {
        PodSpec spec = ds.template().spec();
        if (!spec.nodeName().isEmpty()) {
            LabelSyntax.dns1123Subdomain(spec.nodeName())
                    .forEach(m -> out.invalid("InvalidNodeName", "spec.template.spec.nodeName", spec.nodeName(), m));
        }
        LabelChecks.labels(spec.nodeSelector(), "spec.template.spec.nodeSelector", "InvalidNodeSelector", out);
    }
}
