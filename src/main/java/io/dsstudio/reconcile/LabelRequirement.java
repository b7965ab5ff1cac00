package io.dsstudio.reconcile;

import io.dsstudio.domain.NodeSelectorRequirement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One parsed matchExpressions requirement of a node selector term, as apimachinery's labels.Requirement:
 * In, NotIn, Exists, DoesNotExist, Gt and Lt (the last two compare base-10 int64 values strictly).
 */
record LabelRequirement(String key, String operator, Set<String> values, long bound) {

    /** Parses like labels.NewRequirement; empty when upstream reports a parse error. */
    static Optional<LabelRequirement> parse(NodeSelectorRequirement r) {
        List<String> values = r.values();
        if (!LabelSyntax.isQualifiedName(r.key())) {
            return Optional.empty();
        }
        long bound = 0;
        switch (r.operator()) {
            case "In", "NotIn" -> {
                if (values.isEmpty()) {
                    return Optional.empty();
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (!values.isEmpty()) {
                    return Optional.empty();
                }
            }
            case "Gt", "Lt" -> {
                if (values.size() != 1) {
                    return Optional.empty();
                }
                Optional<Long> parsed = parseInt64(values.get(0));
                if (parsed.isEmpty()) {
                    return Optional.empty();
                }
                bound = parsed.get();
            }
            default -> {
                return Optional.empty();
            }
        }
        for (String v : values) {
            if (!LabelSyntax.isValidValue(v)) {
                return Optional.empty();
            }
        }
        return Optional.of(new LabelRequirement(r.key(), r.operator(), Set.copyOf(values), bound));
    }

    boolean matches(Map<String, String> labels) {
        String value = labels.get(key);
        return switch (operator) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            case "Gt" -> value != null && parseInt64(value).map(v -> v > bound).orElse(false);
            case "Lt" -> value != null && parseInt64(value).map(v -> v < bound).orElse(false);
            default -> false;
        };
    }

    /** Go's strconv.ParseInt(s, 10, 64): optional sign, decimal digits only, int64 range. */
    static Optional<Long> parseInt64(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return Optional.empty();
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException outOfRange) {
            return Optional.empty();
        }
    }
}
