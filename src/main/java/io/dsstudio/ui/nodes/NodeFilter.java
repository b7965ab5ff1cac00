package io.dsstudio.ui.nodes;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.LabelSelector;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** The node table's filter: a label selector, or a plain word matched against names, label keys and values. */
public final class NodeFilter {
    private NodeFilter() {
    }

    /** @throws SelectorSyntaxException when the text uses selector syntax that does not parse */
    public static Predicate<ClusterNode> of(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return node -> true;
        }
        if (SelectorParser.looksLikeSelector(trimmed)) {
            LabelSelector selector = SelectorParser.parse(trimmed);
            return node -> selector.matches(node.labels());
        }
        String word = trimmed.toLowerCase(Locale.ROOT);
        return node -> node.name().toLowerCase(Locale.ROOT).contains(word) || labelsContain(node.labels(), word);
    }

    private static boolean labelsContain(Map<String, String> labels, String word) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).contains(word) || e.getValue().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }
}
