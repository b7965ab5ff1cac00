package io.dsstudio.domain;

import java.util.List;
import java.util.Map;

/**
 * A metav1.LabelSelector. A null {@code LabelSelector} reference selects nothing; an empty one selects
 * everything (metav1.LabelSelectorAsSelector).
 */
public record LabelSelector(Map<String, String> matchLabels, List<LabelSelectorRequirement> matchExpressions) {
    public LabelSelector {
        matchLabels = matchLabels == null ? Map.of() : Collections2.copyOrdered(matchLabels);
        matchExpressions = matchExpressions == null ? List.of() : List.copyOf(matchExpressions);
    }

    public static LabelSelector ofLabels(Map<String, String> labels) {
        return new LabelSelector(labels, List.of());
    }

    public boolean isEmpty() {
        return matchLabels.isEmpty() && matchExpressions.isEmpty();
    }

    /**
     * Whether the labels satisfy the selector. A requirement that would not parse (unknown operator, In
     * without values) makes the whole selector select nothing, as a conversion error does upstream.
     */
    public boolean matches(Map<String, String> labels) {
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement r : matchExpressions) {
            if (!requirementMatches(r, labels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean requirementMatches(LabelSelectorRequirement r, Map<String, String> labels) {
        String value = labels.get(r.key());
        return switch (r.operator()) {
            case "In" -> value != null && !r.values().isEmpty() && r.values().contains(value);
            case "NotIn" -> !r.values().isEmpty() && (value == null || !r.values().contains(value));
            case "Exists" -> r.values().isEmpty() && value != null;
            case "DoesNotExist" -> r.values().isEmpty() && value == null;
            default -> false;
        };
    }

    /** kubectl's way of writing a selector: {@code app=x,tier in (a,b),!gone}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        matchLabels.forEach((k, v) -> append(out, k + "=" + v));
        for (LabelSelectorRequirement r : matchExpressions) {
            switch (r.operator()) {
                case "In" -> append(out, r.key() + " in (" + String.join(",", r.values()) + ")");
                case "NotIn" -> append(out, r.key() + " notin (" + String.join(",", r.values()) + ")");
                case "Exists" -> append(out, r.key());
                case "DoesNotExist" -> append(out, "!" + r.key());
                default -> append(out, r.key() + " " + r.operator() + " " + r.values());
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (out.length() > 0) {
            out.append(',');
        }
        out.append(part);
    }
}
