package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;

/** Rules 1–5: name required and a DNS-1123 subdomain, namespace a DNS-1123 label, labels and annotations valid. */
final class ObjectMetaRule implements DaemonSetRule {
    @Override
    public void check(DaemonSet ds, Problems out) {
        String name = ds.meta().name();
        if (name == null || name.isEmpty()) {
            out.required("MissingName", "metadata.name", "name or generateName is required");
        } else {
            LabelSyntax.dns1123Subdomain(name).forEach(m -> out.invalid("InvalidName", "metadata.name", name, m));
        }
        String namespace = ds.meta().namespace();
        if (namespace == null || namespace.isEmpty()) {
            out.required("InvalidNamespace", "metadata.namespace", "");
        } else {
            LabelSyntax.dns1123Label(namespace).forEach(m -> out.invalid("InvalidNamespace", "metadata.namespace", namespace, m));
        }
        LabelChecks.labels(ds.meta().labels(), "metadata.labels", "InvalidLabels", out);
        LabelChecks.annotations(ds.meta().annotations(), "metadata.annotations", "InvalidAnnotations", out);
    }
}
