package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.PodTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An applied change of a DaemonSet's template, as the API server records it: the template generation
 * ({@code deprecated.daemonset.template.generation}) and {@code metadata.generation} go up by one; a missing
 * generation counts as 1. An unchanged template changes nothing.
 */
public final class TemplateChange {
    private TemplateChange() {
    }

    public static DaemonSet apply(DaemonSet ds, PodTemplate newTemplate) {
        if (ds.template().fingerprint().equals(newTemplate.fingerprint())) {
            return ds.withTemplate(newTemplate);
        }
        long generation = (ds.generation() == null ? 1 : ds.generation()) + 1;
        Map<String, String> annotations = new LinkedHashMap<>(ds.meta().annotations());
        annotations.put(DaemonSet.GENERATION_ANNOTATION, Long.toString(generation));
        ObjectMeta meta = ds.meta().withAnnotations(annotations)
                .withGeneration(ds.meta().generation() == null ? 2 : ds.meta().generation() + 1);
        DaemonSet changed = ds.withMeta(meta).withTemplate(newTemplate);
        if (DaemonSet.EXTENSIONS_V1BETA1.equals(ds.apiVersion()) && ds.templateGeneration() != null) {
            changed = new DaemonSet(changed.apiVersion(), changed.meta(), changed.selector(), changed.template(),
                    changed.updateStrategy(), changed.minReadySeconds(), changed.revisionHistoryLimit(), generation);
        }
        return changed;
    }

    /** A template with a new image for its first container, for previews and tests of rollouts. */
    @SuppressWarnings("unchecked")
    public static PodTemplate withImage(PodTemplate template, String image) {
        Map<String, Object> source = deepCopy(template.source());
        Map<String, Object> spec = (Map<String, Object>) source.computeIfAbsent("spec", k -> new LinkedHashMap<>());
        Object containers = spec.get("containers");
        if (containers instanceof java.util.List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
            ((Map<String, Object>) first).put("image", image);
        }
        java.util.List<io.dsstudio.domain.Container> typed = new java.util.ArrayList<>(template.spec().containers());
        if (!typed.isEmpty()) {
            io.dsstudio.domain.Container c = typed.get(0);
            typed.set(0, new io.dsstudio.domain.Container(c.name(), image, c.ports()));
        }
        return new PodTemplate(template.labels(), template.annotations(), template.spec().withContainers(typed),
                io.dsstudio.yaml.Canonical.json(source), source);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, deepCopy(v)));
            return (T) out;
        }
        if (value instanceof java.util.List<?> list) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            list.forEach(v -> out.add(deepCopy(v)));
            return (T) out;
        }
        return value;
    }
}
