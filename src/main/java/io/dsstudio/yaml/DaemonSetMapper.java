package io.dsstudio.yaml;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.LabelSelectorRequirement;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.PodTemplate;
import io.dsstudio.domain.UpdateStrategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A DaemonSet tree → {@link DaemonSet}, with the API server's defaulting for its apiVersion
 * (semantics.md §1): apps/v1 and apps/v1beta2 default to RollingUpdate with maxUnavailable 1 and maxSurge 0;
 * extensions/v1beta1 defaults to OnDelete and takes its selector and labels from the template.
 */
final class DaemonSetMapper {
    private DaemonSetMapper() {
    }

    static DaemonSet map(KubeObject object, FieldReader r) {
        ObjectMeta meta = MetaMapper.map(object, r);
        YMap spec = r.map(object.root(), "spec", "");
        YMap template = r.map(spec, "template", "spec");
        YMap templateMeta = r.map(template, "metadata", "spec.template");
        Map<String, String> templateLabels = r.stringMap(templateMeta, "labels", "spec.template.metadata");
        Map<String, String> templateAnnotations = r.stringMap(templateMeta, "annotations", "spec.template.metadata");
        PodSpec podSpec = new PodSpecMapper(r).map(r.map(template, "spec", "spec.template"), "spec.template.spec");
        Map<String, Object> source = template == null ? Map.of() : template.toPlain();
        PodTemplate podTemplate = new PodTemplate(templateLabels, templateAnnotations, podSpec, Canonical.json(source), source);

        boolean legacy = DaemonSet.EXTENSIONS_V1BETA1.equals(object.apiVersion());
        LabelSelector selector = selector(r, spec);
        boolean templateHasLabels = templateMeta != null && templateMeta.get("labels") instanceof YMap;
        if (legacy && selector == null && templateHasLabels) {
            selector = LabelSelector.ofLabels(templateLabels);
        }
        if (legacy && meta.labels().isEmpty() && templateHasLabels) {
            meta = meta.withLabels(templateLabels);
        }
        Integer minReady = r.int32(spec, "minReadySeconds", "spec");
        Integer history = r.int32(spec, "revisionHistoryLimit", "spec");
        return new DaemonSet(object.apiVersion(), meta, selector, podTemplate, strategy(r, spec, legacy),
                minReady == null ? 0 : minReady, history == null ? 10 : history,
                r.integer(spec, "templateGeneration", "spec"));
    }

    static LabelSelector selector(FieldReader r, YMap spec) {
        YMap selector = r.map(spec, "selector", "spec");
        if (selector == null) {
            return null;
        }
        List<LabelSelectorRequirement> expressions = new ArrayList<>();
        List<YMap> items = r.maps(selector, "matchExpressions", "spec.selector");
        for (int i = 0; i < items.size(); i++) {
            YMap e = items.get(i);
            if (e == null) {
                continue;
            }
            String p = "spec.selector.matchExpressions[" + i + "]";
            expressions.add(new LabelSelectorRequirement(r.string(e, "key", p), r.string(e, "operator", p),
                    r.strings(e, "values", p)));
        }
        return new LabelSelector(r.stringMap(selector, "matchLabels", "spec.selector"), expressions);
    }

    private static UpdateStrategy strategy(FieldReader r, YMap spec, boolean legacy) {
        YMap strategy = r.map(spec, "updateStrategy", "spec");
        String type = r.string(strategy, "type", "spec.updateStrategy");
        if (type == null || type.isEmpty()) {
            type = legacy ? UpdateStrategy.ON_DELETE : UpdateStrategy.ROLLING_UPDATE;
        }
        YMap rolling = r.map(strategy, "rollingUpdate", "spec.updateStrategy");
        String base = "spec.updateStrategy.rollingUpdate";
        IntOrString maxUnavailable = r.intOrString(rolling, "maxUnavailable", base);
        IntOrString maxSurge = r.intOrString(rolling, "maxSurge", base);
        if (UpdateStrategy.ROLLING_UPDATE.equals(type)) {
            maxUnavailable = maxUnavailable == null ? IntOrString.of(1) : maxUnavailable;
            maxSurge = maxSurge == null ? IntOrString.of(0) : maxSurge;
        }
        return new UpdateStrategy(type, maxUnavailable, maxSurge);
    }
}
