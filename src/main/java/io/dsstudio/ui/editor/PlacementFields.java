package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.Toleration;
import io.dsstudio.domain.UpdateStrategy;
import io.dsstudio.yaml.ManifestEdit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The placement form's fields as text (one line per toleration or affinity term), and the edit of one field:
 * a {@link ManifestEdit} of that field's path only, so the rest of the buffer is untouched. An empty field removes
 * what it shows. Parsing throws {@link IllegalArgumentException} with a message for the user.
 */
public final class PlacementFields {
    public enum Field {
        NODE_SELECTOR("spec.template.spec.nodeSelector"),
        TOLERATIONS("spec.template.spec.tolerations"),
        AFFINITY_TERMS("spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"),
        STRATEGY("spec.updateStrategy.type"),
        MAX_UNAVAILABLE("spec.updateStrategy.rollingUpdate.maxUnavailable"),
        MAX_SURGE("spec.updateStrategy.rollingUpdate.maxSurge"),
        MIN_READY_SECONDS("spec.minReadySeconds");

        final String path;

        Field(String path) {
            this.path = path;
        }
    }

    private PlacementFields() {
    }

    public static String format(Field field, DaemonSet ds) {
        UpdateStrategy strategy = ds.updateStrategy();
        return switch (field) {
            case NODE_SELECTOR -> ds.template().spec().nodeSelector().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
            case TOLERATIONS -> ds.template().spec().tolerations().stream().map(PlacementFields::toleration)
                    .collect(Collectors.joining("\n"));
            case AFFINITY_TERMS -> terms(ds.template().spec().affinity());
            case STRATEGY -> strategy == null ? UpdateStrategy.ROLLING_UPDATE : strategy.type();
            case MAX_UNAVAILABLE -> strategy == null || strategy.maxUnavailable() == null ? "" : strategy.maxUnavailable().toString();
            case MAX_SURGE -> strategy == null || strategy.maxSurge() == null ? "" : strategy.maxSurge().toString();
            case MIN_READY_SECONDS -> ds.minReadySeconds() == 0 ? "" : Integer.toString(ds.minReadySeconds());
        };
    }

    /** The edit that makes the buffer say {@code text} for the field; empty when it already does. */
    public static List<ManifestEdit> edit(Field field, String text, DaemonSet ds) {
        String trimmed = text.strip();
        if (trimmed.equals(format(field, ds).strip())) {
            return List.of();
        }
        if (trimmed.isEmpty() && field != Field.STRATEGY) {
            return List.of(ManifestEdit.remove(field.path));
        }
        Object value = switch (field) {
            case NODE_SELECTOR -> selector(trimmed);
            case TOLERATIONS -> trimmed.lines().filter(l -> !l.isBlank()).map(PlacementFields::toleration).toList();
            case AFFINITY_TERMS -> Map.of("nodeSelectorTerms", trimmed.lines().filter(l -> !l.isBlank()).map(PlacementFields::term).toList());
            case STRATEGY -> trimmed;
            case MAX_UNAVAILABLE, MAX_SURGE -> intOrString(trimmed);
            case MIN_READY_SECONDS -> integer(trimmed);
        };
        return List.of(ManifestEdit.set(field.path, value));
    }

    static Map<String, Object> selector(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String p = pair.strip();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value: " + p);
            }
            out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return out;
    }

    /** {@code *} (everything), {@code key} (Exists), {@code key=value}, each with an optional {@code :Effect} and {@code /300s}. */
    static String toleration(Toleration t) {
        String key = t.key() == null ? "" : t.key();
        String out = "Exists".equals(t.operator()) ? (key.isEmpty() ? "*" : key) : key + "=" + (t.value() == null ? "" : t.value());
        if (t.effect() != null && !t.effect().isEmpty()) {
            out += ":" + t.effect();
        }
        if (t.tolerationSeconds() != null) {
            out += "/" + t.tolerationSeconds() + "s";
        }
        return out;
    }

    static Map<String, Object> toleration(String line) {
        String rest = line.strip();
        Map<String, Object> out = new LinkedHashMap<>();
        Long seconds = null;
        int slash = rest.lastIndexOf('/');
        if (slash > 0 && rest.endsWith("s") && rest.substring(slash + 1, rest.length() - 1).matches("\\d+")) {
            seconds = Long.parseLong(rest.substring(slash + 1, rest.length() - 1));
            rest = rest.substring(0, slash);
        }
        String effect = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            effect = rest.substring(colon + 1).strip();
            rest = rest.substring(0, colon).strip();
        }
        int eq = rest.indexOf('=');
        if (eq >= 0) {
            out.put("key", rest.substring(0, eq).strip());
            out.put("operator", "Equal");
            out.put("value", rest.substring(eq + 1).strip());
        } else {
            if (!rest.equals("*") && !rest.isEmpty()) {
                out.put("key", rest);
            }
            out.put("operator", "Exists");
        }
        if (effect != null && !effect.isEmpty()) {
            out.put("effect", effect);
        }
        if (seconds != null) {
            out.put("tolerationSeconds", seconds);
        }
        return out;
    }

    /** One term per line: requirements {@code key Op v1,v2} separated by {@code ;}; {@code field:} marks matchFields. */
    static String terms(NodeAffinity affinity) {
        if (affinity == null || affinity.requiredTerms() == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (NodeSelectorTerm term : affinity.requiredTerms()) {
            List<String> parts = new ArrayList<>();
            term.matchExpressions().forEach(r -> parts.add(requirement("", r)));
            term.matchFields().forEach(r -> parts.add(requirement("field:", r)));
            lines.add(String.join("; ", parts));
        }
        return String.join("\n", lines);
    }

    private static String requirement(String prefix, NodeSelectorRequirement r) {
        String values = r.values().isEmpty() ? "" : " " + String.join(",", r.values());
        return prefix + r.key() + " " + r.operator() + values;
    }

    static Map<String, Object> term(String line) {
        List<Object> expressions = new ArrayList<>();
        List<Object> fields = new ArrayList<>();
        for (String part : line.split(";")) {
            String[] words = part.strip().split("\\s+", 3);
            if (words.length < 2) {
                throw new IllegalArgumentException("expected key Operator [values]: " + part.strip());
            }
            boolean field = words[0].startsWith("field:");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", field ? words[0].substring("field:".length()) : words[0]);
            r.put("operator", words[1]);
            if (words.length == 3) {
                r.put("values", Arrays.stream(words[2].split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList());
            }
            (field ? fields : expressions).add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (!expressions.isEmpty()) {
            out.put("matchExpressions", expressions);
        }
        if (!fields.isEmpty()) {
            out.put("matchFields", fields);
        }
        return out;
    }

    static Object intOrString(String text) {
        return text.matches("-?\\d+") ? (Object) Long.parseLong(text) : text;
    }

    static Object integer(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number: " + text);
        }
    }
}
