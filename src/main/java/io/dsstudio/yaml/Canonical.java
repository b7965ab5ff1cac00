package io.dsstudio.yaml;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Canonical JSON of a plain tree: sorted keys, no whitespace. Equal trees give equal text. */
public final class Canonical {
    private Canonical() {
    }

    public static String json(Object plain) {
        StringBuilder out = new StringBuilder();
        write(plain, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else {
            out.append(value);
        }
    }

    private static void string(String s, StringBuilder out) {
        JsonWriter.string(s, out);
    }
}
