package io.dsstudio.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mapping, keys in source order. {@code flow} is true for {@code {a: 1}} and JSON objects. */
public record YMap(List<YEntry> entries, int start, int end, int line, int column, boolean flow, long expandedSize)
        implements YNode {
    public YMap {
        entries = entries instanceof FrozenList<YEntry> ? entries : List.copyOf(entries);
    }

    public YMap(List<YEntry> entries, TextSpan span, boolean flow, long expandedSize) {
        this(entries, span.start(), span.end(), span.line(), span.column(), flow, expandedSize);
    }

    public YEntry entry(String key) {
        List<YEntry> all = entries;
        int hash = key.hashCode();
        for (int i = 0, n = all.size(); i < n; i++) {
            YEntry e = all.get(i);
            if (e.keyHash() == hash && e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    public YNode get(String key) {
        YEntry e = entry(key);
        return e == null ? null : e.value();
    }

    @Override
    public Map<String, Object> toPlain() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (YEntry e : entries) {
            out.put(e.key(), e.value().toPlain());
        }
        return out;
    }
}
