package io.dsstudio.validation;

import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.ShownValue;

import java.util.Collection;
import java.util.Map;

/**
 * Writes a bad value the way the API server's field errors show it: strings quoted, numbers plain, maps and
 * lists as JSON ({@code Invalid value: {"app":"x"}}).
 */
final class GoValues {
    private GoValues() {
    }

    /** A value already written as it should be shown. */
    record Raw(String text) {
    }

    /** As {@link #formatted}, long values cut to about 200 characters ({@link ShownValue}). */
    static String format(Object value) {
        if (value instanceof String s) {
            return quote(ShownValue.cut(s));
        }
        return ShownValue.cut(formatted(value));
    }

    private static String formatted(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Raw raw) {
            return raw.text();
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof IntOrString ios) {
            return ios.isInt() ? ios.intValue().toString() : quote(ios.stringValue());
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "null";
            }
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(quote(String.valueOf(k))).append(':').append(v instanceof String || v == null ? format(v) : String.valueOf(v));
            });
            return out.append('}').toString();
        }
        if (value instanceof Collection<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(format(item));
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    /** Go's %q for the characters manifests contain: JSON-style escapes. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
