package io.dsstudio.validation;

import io.dsstudio.domain.Container;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.PodSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule 10 (core validateContainers / validateInitContainers): at least one container; every container and
 * init container has a DNS-1123 label name, unique across both lists, and an image.
 */
final class ContainersRule implements DaemonSetRule {
    static final String CODE = "InvalidContainer";
    private static final String BASE = "spec.template.spec.";

    @Override
    public void check(DaemonSet ds, Problems out) {
        PodSpec spec = ds.template().spec();
        if (spec.containers().isEmpty()) {
            out.required(CODE, BASE + "containers", "");
        }
        Set<String> names = new HashSet<>();
        each(spec.containers(), BASE + "containers", names, out);
        each(spec.initContainers(), BASE + "initContainers", names, out);
    }

    private static void each(List<Container> containers, String path, Set<String> names, Problems out) {
        for (int i = 0; i < containers.size(); i++) {
            Container c = containers.get(i);
            String p = path + "[" + i + "]";
            String name = c.name() == null ? "" : c.name();
            if (name.isEmpty()) {
                out.required(CODE, p + ".name", "");
            } else {
                LabelSyntax.dns1123Label(name).forEach(m -> out.invalid(CODE, p + ".name", name, m));
                if (!names.add(name)) {
                    out.duplicate(CODE, p + ".name", name);
                }
            }
            if (c.image() == null || c.image().isEmpty()) {
                out.required(CODE, p + ".image", "");
            }
        }
    }
}
