package io.dsstudio.yaml;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Writes plain Java trees as JSON, compact ({@code {"a": 1}}) or pretty with two-space steps from a base indent. */
final class JsonWriter {
    private JsonWriter() {
    }

    static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, -1, out);
        return out.toString();
    }

    /** Pretty JSON whose first line is not indented and whose further lines start at {@code indent} or deeper. */
    static String pretty(Object value, int indent) {
        StringBuilder out = new StringBuilder();
        write(value, indent, out);
        return out.toString();
    }

    private static void write(Object value, int indent, StringBuilder out) {
        boolean pretty = indent >= 0;
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                if (pretty) {
                    newline(indent + 2, out);
                } else if (out.charAt(out.length() - 1) == ',') {
                    out.append(' ');
                }
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), pretty ? indent + 2 : -1, out);
            }
            if (pretty) {
                newline(indent, out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : pretty ? "," : ", ");
                if (pretty) {
                    newline(indent + 2, out);
                }
                write(list.get(i), pretty ? indent + 2 : -1, out);
            }
            if (pretty) {
                newline(indent, out);
            }
            out.append(']');
        } else {
            out.append(scalar(value));
        }
    }

    static String scalar(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            return String.valueOf(value);
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder();
            string(s, out);
            return out.toString();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            return n.toString();
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as a JSON scalar");
    }

    /** A JSON string literal; shared with {@link Canonical}. */
    static void string(String s, StringBuilder out) {
        quoted(s, out, false);
    }

    /**
     * A double-quoted literal with JSON's escapes; for YAML ({@code forYaml}) also escaping what a YAML reader
     * rejects or reads otherwise (DEL, C1 controls, a byte-order mark, lone surrogates).
     */
    static void quoted(String s, StringBuilder out, boolean forYaml) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean escaped = c < 0x20 || c == '\u2028' || c == '\u2029'
                            || forYaml && (c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF'
                                    || Character.isSurrogate(c) && !YamlScalars.validSurrogateAt(s, i));
                    if (escaped) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void newline(int indent, StringBuilder out) {
        out.append('\n');
        YamlWriter.spaces(indent, out);
    }
}
