package io.dsstudio.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;

import java.util.ArrayList;
import java.util.List;

/**
 * Migration of the legacy template annotation {@code scheduler.alpha.kubernetes.io/affinity} (a JSON Affinity,
 * ignored by Kubernetes since 1.8, semantics.md §3.2) to {@code spec.template.spec.affinity}: the parsed node
 * affinity (for placement previews) and the YAML the field should hold (for one-click migration in the editor).
 */
public final class LegacyAffinityMigration {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private LegacyAffinityMigration() {
    }

    /** The outcome of reading the annotation. */
    public sealed interface Result permits Migrated, Unparsable {
    }

    /**
     * @param nodeAffinity the annotation's node affinity as the field would hold it, or null when it has none
     * @param yaml         {@code affinity:} and everything under it in block style, as {@code spec.template.spec}
     *                     should read (for the editor)
     * @param flowYaml     the same on one line in flow style, e.g. {@code affinity: {nodeAffinity: {...}}} (for messages)
     */
    public record Migrated(NodeAffinity nodeAffinity, String yaml, String flowYaml) implements Result {
    }

    /** The annotation is not a JSON Affinity; {@code reason} says why. */
    public record Unparsable(String reason) implements Result {
    }

    /** The annotation's value on the DaemonSet's template, or null. */
    public static String annotation(DaemonSet ds) {
        return ds.template().annotations().get(DaemonSet.LEGACY_AFFINITY_ANNOTATION);
    }

    public static Result migrate(String annotationValue) {
        JsonNode root;
        try {
            root = JSON.readTree(annotationValue == null ? "" : annotationValue);
        } catch (JsonProcessingException e) {
            return new Unparsable("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            return new Unparsable("not a JSON object");
        }
        try {
            NodeAffinity nodeAffinity = nodeAffinity(root.get("nodeAffinity"));
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.set("affinity", root);
            return new Migrated(nodeAffinity, YAML.writeValueAsString(wrapper), "affinity: " + FlowYaml.write(root));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return new Unparsable(e.getMessage());
        }
    }

    private static NodeAffinity nodeAffinity(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        expect(node.isObject(), "nodeAffinity must be an object");
        JsonNode required = node.get("requiredDuringSchedulingIgnoredDuringExecution");
        JsonNode preferred = node.get("preferredDuringSchedulingIgnoredDuringExecution");
        expect(preferred == null || preferred.isNull() || preferred.isArray(),
                "nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution must be a list");
        int preferredCount = preferred == null || preferred.isNull() ? 0 : preferred.size();
        if (required == null || required.isNull()) {
            return new NodeAffinity(null, preferredCount);
        }
        expect(required.isObject(), "nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution must be an object");
        List<NodeSelectorTerm> terms = new ArrayList<>();
        for (JsonNode term : list(required.get("nodeSelectorTerms"), "nodeSelectorTerms")) {
            expect(term.isObject(), "each nodeSelectorTerm must be an object");
            terms.add(new NodeSelectorTerm(requirements(term.get("matchExpressions"), "matchExpressions"),
                    requirements(term.get("matchFields"), "matchFields")));
        }
        return new NodeAffinity(terms, preferredCount);
    }

    private static List<NodeSelectorRequirement> requirements(JsonNode node, String what) {
        List<NodeSelectorRequirement> out = new ArrayList<>();
        for (JsonNode r : list(node, what)) {
            expect(r.isObject(), "each of " + what + " must be an object");
            List<String> values = new ArrayList<>();
            for (JsonNode v : list(r.get("values"), what + ".values")) {
                expect(v.isTextual(), what + ".values must be strings");
                values.add(v.asText());
            }
            out.add(new NodeSelectorRequirement(text(r.get("key"), what + ".key"), text(r.get("operator"), what + ".operator"), values));
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode node, String what) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        expect(node.isArray(), what + " must be a list");
        node.forEach(out::add);
        return out;
    }

    private static String text(JsonNode node, String what) {
        if (node == null || node.isNull()) {
            return "";
        }
        expect(node.isTextual(), what + " must be a string");
        return node.asText();
    }

    private static void expect(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
