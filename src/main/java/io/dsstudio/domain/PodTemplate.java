package io.dsstudio.domain;

import java.util.Map;

/**
 * A DaemonSet's pod template.
 *
 * @param fingerprint canonical text of the whole template as written (sorted keys, no formatting): two
 *                    templates are the same iff their fingerprints are equal. Used for ControllerRevisions
 *                    and the revision hash.
 * @param source      the whole template as an untyped tree (maps, lists, strings, numbers, booleans), so
 *                    a pod made from it carries every field, not only the ones modelled here
 */
public record PodTemplate(Map<String, String> labels, Map<String, String> annotations, PodSpec spec,
                          String fingerprint, Map<String, Object> source) {
    public PodTemplate {
        labels = labels == null ? Map.of() : Collections2.copyOrdered(labels);
        annotations = annotations == null ? Map.of() : Collections2.copyOrdered(annotations);
        spec = spec == null ? PodSpec.empty() : spec;
        fingerprint = fingerprint == null ? "" : fingerprint;
        source = source == null ? Map.of() : source;
    }

    public PodTemplate withSpec(PodSpec newSpec) {
        return new PodTemplate(labels, annotations, newSpec, fingerprint, source);
    }
}
