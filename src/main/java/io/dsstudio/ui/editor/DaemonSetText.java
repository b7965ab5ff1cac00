package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.LabelSelectorRequirement;
import io.dsstudio.domain.UpdateStrategy;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ManifestRenderer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text a DaemonSet opens with in the editor: its own document as written in its file (comments and layout
 * kept) when it is a top-level YAML document; otherwise (an item of a List, JSON, no source) its tree rendered as YAML.
 */
public final class DaemonSetText {
    private DaemonSetText() {
    }

    public static String of(LoadedSnapshot loaded, DaemonSet ds) {
        KubeObject source = loaded == null ? null : loaded.source(ds.ref());
        if (source != null && source.itemIndex() < 0 && !source.file().displayPath().endsWith(".json")) {
            return documentText(source);
        }
        if (source != null) {
            return new ManifestRenderer().render(source.root().toPlain());
        }
        return new ManifestRenderer().render(tree(ds));
    }

    /** What the model knows of a DaemonSet as YAML (for objects whose text is not at hand, e.g. from a live cluster). */
    public static String render(DaemonSet ds) {
        return new ManifestRenderer().render(tree(ds));
    }

    static String documentText(KubeObject source) {
        String text = source.file().text();
        int[] range = io.dsstudio.workspace.SnapshotSaver.documentRange(text, source.root().span());
        String document = text.substring(range[0], range[1]);
        return document.endsWith("\n") ? document : document + "\n";
    }

    /** A tree of what the model knows of a DaemonSet (for objects without source text). */
    static Map<String, Object> tree(DaemonSet ds) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", ds.meta().name());
        metadata.put("namespace", ds.meta().namespace());
        if (!ds.meta().labels().isEmpty()) {
            metadata.put("labels", new LinkedHashMap<>(ds.meta().labels()));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", selector(ds.selector()));
        UpdateStrategy strategy = ds.updateStrategy();
        if (strategy != null) {
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("type", strategy.type());
            if (strategy.isRollingUpdate()) {
                Map<String, Object> rolling = new LinkedHashMap<>();
                if (strategy.maxUnavailable() != null) {
                    rolling.put("maxUnavailable", intOrString(strategy.maxUnavailable()));
                }
                if (strategy.maxSurge() != null) {
                    rolling.put("maxSurge", intOrString(strategy.maxSurge()));
                }
                update.put("rollingUpdate", rolling);
            }
            spec.put("updateStrategy", update);
        }
        if (ds.minReadySeconds() != 0) {
            spec.put("minReadySeconds", ds.minReadySeconds());
        }
        spec.put("template", new LinkedHashMap<>(ds.template().source()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apiVersion", ds.apiVersion() == null ? "apps/v1" : ds.apiVersion());
        out.put("kind", DaemonSet.KIND);
        out.put("metadata", metadata);
        out.put("spec", spec);
        return out;
    }

    private static Object intOrString(io.dsstudio.domain.IntOrString value) {
        return value.isInt() ? (Object) value.intValue() : value.stringValue();
    }

    private static Map<String, Object> selector(LabelSelector selector) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (selector == null) {
            return out;
        }
        if (!selector.matchLabels().isEmpty()) {
            out.put("matchLabels", new LinkedHashMap<>(selector.matchLabels()));
        }
        if (!selector.matchExpressions().isEmpty()) {
            out.put("matchExpressions", selector.matchExpressions().stream().map(DaemonSetText::requirement).toList());
        }
        return out;
    }

    private static Map<String, Object> requirement(LabelSelectorRequirement r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", r.key());
        out.put("operator", r.operator());
        if (!r.values().isEmpty()) {
            out.put("values", List.copyOf(r.values()));
        }
        return out;
    }
}
