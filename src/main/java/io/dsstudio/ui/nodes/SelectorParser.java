package io.dsstudio.ui.nodes;

import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.LabelSelectorRequirement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses kubectl's label selector syntax ({@code zone=a,gpu}, {@code !spot}, {@code tier in (web,db)},
 * {@code key!=v}, {@code key notin (a,b)}, {@code key==v}) into a {@link LabelSelector}.
 */
public final class SelectorParser {
    private static final String KEY = "[A-Za-z0-9]([A-Za-z0-9._/-]*[A-Za-z0-9])?";
    private static final String VALUE = "([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?";
    private static final Pattern SET = Pattern.compile("(" + KEY + ")\\s+(in|notin)\\s*\\(([^()]*)\\)");
    private static final Pattern EQUALITY = Pattern.compile("(" + KEY + ")\\s*(==|!=|=)\\s*(" + VALUE + ")");
    private static final Pattern EXISTS = Pattern.compile("(!)?\\s*(" + KEY + ")");
    private static final Pattern VALUE_ONLY = Pattern.compile(VALUE);

    private SelectorParser() {
    }

    /** Whether the text uses selector syntax rather than being a plain search word. */
    public static boolean looksLikeSelector(String text) {
        return text.contains("=") || text.contains("!") || text.contains(",") || text.contains("(")
                || text.matches(".*\\s(in|notin)\\s.*");
    }

    public static LabelSelector parse(String text) {
        List<LabelSelectorRequirement> requirements = new ArrayList<>();
        for (String part : splitTopLevel(text)) {
            requirements.add(requirement(part.trim()));
        }
        return new LabelSelector(null, requirements);
    }

    private static LabelSelectorRequirement requirement(String part) {
        Matcher set = SET.matcher(part);
        if (set.matches()) {
            List<String> values = Arrays.stream(set.group(4).split(",")).map(String::trim).toList();
            if (set.group(4).isBlank() || values.stream().anyMatch(v -> !VALUE_ONLY.matcher(v).matches())) {
                throw new SelectorSyntaxException(part);
            }
            return new LabelSelectorRequirement(set.group(1), "in".equals(set.group(3)) ? "In" : "NotIn", values);
        }
        Matcher equality = EQUALITY.matcher(part);
        if (equality.matches()) {
            String op = "!=".equals(equality.group(3)) ? "NotIn" : "In";
            return new LabelSelectorRequirement(equality.group(1), op, List.of(equality.group(4)));
        }
        Matcher exists = EXISTS.matcher(part);
        if (exists.matches()) {
            return new LabelSelectorRequirement(exists.group(2), exists.group(1) == null ? "Exists" : "DoesNotExist", List.of());
        }
        throw new SelectorSyntaxException(part);
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        if (depth != 0 || parts.stream().anyMatch(p -> p.isBlank())) {
            throw new SelectorSyntaxException(text);
        }
        return parts;
    }
}
