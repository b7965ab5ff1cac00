package io.dsstudio.yaml;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.schema.ApiDefaults;
import io.dsstudio.schema.SemanticEquality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API server makes of a manifest applied over an object it holds, the one rule set behind every overlay
 * ({@code --base}, {@code --live}, the app's File ▸ Open manifests over this snapshot…): the manifest's spec, labels
 * and annotations replace the object's, while identity, generations' history and status stay; after the
 * defaulting of both ({@link ApiDefaults}), a DaemonSet gets upstream strategy.go PrepareForUpdate's generations
 * (a template that differs semantically adds 1 to {@code metadata.generation} and to the template generation; any
 * other spec change adds 1 to {@code metadata.generation} only). A DaemonSet the server does not hold yet gets
 * PrepareForCreate's: generation 1, template generation 1, no status.
 */
public final class OverlayRules {
    private OverlayRules() {
    }

    /** The base object's tree after the overlay's replaced it (the base tree is not changed). */
    public static Map<String, Object> merged(String kind, Map<String, Object> was, Map<String, Object> now)
            throws ManifestEditException {
        Map<String, Object> out = was;
        for (ManifestEdit edit : replacement(kind, was, now)) {
            out = PlainEdits.apply(out, edit);
        }
        return out;
    }

    /** A copy of a new object's tree as creating it would store it (PrepareForCreate for a DaemonSet). */
    public static Map<String, Object> created(String kind, Map<String, Object> now) {
        Map<String, Object> out = new LinkedHashMap<>(now);
        if (!DaemonSet.KIND.equals(kind)) {
            return out;
        }
        Map<String, Object> meta = new LinkedHashMap<>(mapAt(now, "metadata"));
        long templateGeneration = Math.max(1, number(mapAt(now, "spec").get("templateGeneration"), 1));
        meta.put("generation", 1L);
        Map<String, Object> annotations = new LinkedHashMap<>(mapAt(meta, "annotations"));
        annotations.put(DaemonSet.GENERATION_ANNOTATION, Long.toString(templateGeneration));
        meta.put("annotations", annotations);
        out.put("metadata", meta);
        out.remove("status");
        return out;
    }

    /** The edits that give the base object the overlay's spec, labels and annotations. */
    public static List<ManifestEdit> replacement(String kind, Map<String, Object> was, Map<String, Object> now) {
        List<ManifestEdit> edits = new ArrayList<>();
        Map<String, Object> wasMeta = mapAt(was, "metadata");
        Map<String, Object> nowMeta = mapAt(now, "metadata");
        Map<String, Object> annotations = new LinkedHashMap<>(mapAt(nowMeta, "annotations"));
        if (DaemonSet.KIND.equals(kind)) {
            Map<String, Object> defaultedWas = ApiDefaults.daemonSet(was);
            Map<String, Object> defaultedNow = ApiDefaults.daemonSet(now);
            Map<String, Object> wasSpec = mapAt(defaultedWas, "spec");
            Map<String, Object> nowSpec = mapAt(defaultedNow, "spec");
            boolean templateChanged = !SemanticEquality.equal(wasSpec.get("template"), nowSpec.get("template"));
            boolean specChanged = templateChanged || !SemanticEquality.equal(withoutTemplate(wasSpec), withoutTemplate(nowSpec));
            long generation = number(wasMeta.get("generation"), 1);
            long templateGeneration = templateGeneration(was);
            if (templateChanged) {
                templateGeneration++;
            }
            if (specChanged) {
                generation++;
            }
            boolean extensions = DaemonSet.EXTENSIONS_V1BETA1.equals(now.get("apiVersion"));
            if (extensions) {
                nowSpec.put("templateGeneration", templateGeneration);
            } else {
                nowSpec.remove("templateGeneration");
            }
            // the API server reads the annotation into the internal templateGeneration, which update may not set
            annotations.put(DaemonSet.GENERATION_ANNOTATION, Long.toString(templateGeneration));
            if (!java.util.Objects.equals(was.get("apiVersion"), now.get("apiVersion"))) {
                edits.add(ManifestEdit.set("apiVersion", now.get("apiVersion")));
            }
            edits.add(ManifestEdit.set("spec", nowSpec));
            if (wasMeta.get("generation") != null || specChanged) {
                edits.add(ManifestEdit.set("metadata.generation", generation));
            }
        } else if (now.containsKey("spec") || was.containsKey("spec")) {
            if (now.get("spec") == null) {
                edits.add(ManifestEdit.remove("spec"));
            } else {
                edits.add(ManifestEdit.set("spec", now.get("spec")));
            }
        }
        edits.add(replaceMap(wasMeta, "labels", mapAt(nowMeta, "labels")));
        edits.add(replaceMap(wasMeta, "annotations", annotations));
        edits.removeIf(java.util.Objects::isNull);
        return edits;
    }

    private static ManifestEdit replaceMap(Map<String, Object> wasMeta, String key, Map<String, Object> value) {
        if (value.isEmpty()) {
            return wasMeta.get(key) == null ? null : ManifestEdit.remove("metadata." + key);
        }
        return ManifestEdit.set("metadata." + key, new LinkedHashMap<>(value));
    }

    private static long templateGeneration(Map<String, Object> daemonSet) {
        Object annotated = mapAt(mapAt(daemonSet, "metadata"), "annotations").get(DaemonSet.GENERATION_ANNOTATION);
        if (annotated instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException notANumber) {
                // fall through to spec.templateGeneration
            }
        }
        return number(mapAt(daemonSet, "spec").get("templateGeneration"), 1);
    }

    private static Map<String, Object> withoutTemplate(Map<String, Object> spec) {
        Map<String, Object> out = new LinkedHashMap<>(spec);
        out.remove("template");
        out.remove("templateGeneration");
        return out;
    }

    private static long number(Object value, long otherwise) {
        return value instanceof Number n ? n.longValue() : otherwise;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapAt(Map<String, Object> parent, String key) {
        return parent != null && parent.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
