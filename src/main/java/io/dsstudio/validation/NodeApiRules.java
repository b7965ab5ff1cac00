package io.dsstudio.validation;

import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.YEntry;
import io.dsstudio.yaml.YMap;
import io.dsstudio.yaml.YNode;
import io.dsstudio.yaml.YScalar;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The API server's ValidateNode for the parts of a Node the tool reads ({@code pkg/apis/core/validation}): the name a
 * DNS-1123 subdomain (ValidateNodeName), label keys qualified names and values label values (ValidateLabels),
 * annotation keys qualified names, and validateNodeTaints: every taint with a qualified-name key, a label-value value
 * and an effect, unique by key and effect. (An effect outside the enum is reported by {@link SchemaCheck}.)
 */
final class NodeApiRules {
    private NodeApiRules() {
    }

    static void check(KubeObject node, TreeFindings out) {
        YMap root = node.root();
        YMap metadata = TreeFindings.map(root, "metadata");
        if (metadata != null && metadata.get("name") instanceof YScalar s && s.value() instanceof String name && !name.isEmpty()) {
            if (!LabelSyntaxFast.dns1123Subdomain(name)) {
                LabelSyntax.dns1123Subdomain(name).forEach(m -> out.invalid("InvalidName", "metadata.name", name, m, s));
            }
        }
        labels(TreeFindings.map(metadata, "labels"), out);
        YMap annotations = TreeFindings.map(metadata, "annotations");
        if (annotations != null) {
            for (YEntry e : annotations.entries()) {
                if (!LabelSyntaxFast.qualifiedName(e.key())) {
                    LabelSyntax.qualifiedName(e.key().toLowerCase(Locale.ROOT))
                            .forEach(m -> out.invalidKey("InvalidAnnotations", "metadata.annotations", e, m));
                }
            }
        }
        taints(TreeFindings.items(TreeFindings.map(root, "spec"), "taints"), out);
    }

    private static void labels(YMap labels, TreeFindings out) {
        if (labels == null) {
            return;
        }
        for (YEntry e : labels.entries()) {
            if (!LabelSyntaxFast.qualifiedName(e.key())) {
                LabelSyntax.qualifiedName(e.key()).forEach(m -> out.invalidKey("InvalidLabels", "metadata.labels", e, m));
            }
            if (e.value() instanceof YScalar s && s.value() instanceof String value && !LabelSyntaxFast.labelValue(value)) {
                LabelSyntax.labelValue(value).forEach(m -> out.invalid("InvalidLabels", "metadata.labels", value, m, s));
            }
        }
    }

    private static void taints(List<YNode> taints, TreeFindings out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < taints.size(); i++) {
            if (!(taints.get(i) instanceof YMap taint)) {
                continue;
            }
            String p = "spec.taints[" + i + "]";
            String key = TreeFindings.string(taint, "key");
            if (key == null || key.isEmpty()) {
                out.required("InvalidTaint", p + ".key", taint.get("key") == null ? taint : taint.get("key"), "");
            } else {
                LabelSyntax.qualifiedName(key).forEach(m -> out.invalid("InvalidTaint", p + ".key", key, m, taint.get("key")));
            }
            String value = TreeFindings.string(taint, "value");
            if (value != null) {
                LabelSyntax.labelValue(value).forEach(m -> out.invalid("InvalidTaint", p + ".value", value, m, taint.get("value")));
            }
            String effect = TreeFindings.string(taint, "effect");
            if (effect == null ? !TreeFindings.present(taint, "effect") : effect.isEmpty()) {
                out.required("InvalidTaint", p + ".effect", taint.get("effect") == null ? taint : taint.get("effect"), "");
            }
            if (key != null && effect != null && !seen.add(key + ":" + effect)) {
                Map<String, String> pair = new LinkedHashMap<>();
                pair.put("key", key);
                pair.put("effect", effect);
                out.duplicate("InvalidTaint", p, pair, taint);
            }
        }
    }
}
