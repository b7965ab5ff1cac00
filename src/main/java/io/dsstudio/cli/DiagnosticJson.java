package io.dsstudio.cli;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.yaml.IgnoredObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Diagnostics and ignored objects as the JSON/YAML trees of the CLI contract. */
final class DiagnosticJson {
    private DiagnosticJson() {
    }

    static Map<String, Object> tree(Diagnostic d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("severity", d.severity().wireName());
        out.put("code", d.code());
        out.put("object", d.object());
        out.put("field", d.field());
        out.put("type", d.type() == null ? null : d.type().name());
        out.put("message", d.message());
        out.put("file", d.position() == null ? null : d.position().file());
        out.put("line", d.position() == null ? null : d.position().line());
        out.put("column", d.position() == null ? null : d.position().column());
        return out;
    }

    static List<Map<String, Object>> trees(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> out = new ArrayList<>();
        diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> out.add(tree(d)));
        return out;
    }

    static List<Map<String, Object>> ignored(List<IgnoredObject> ignored) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (IgnoredObject i : ignored) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", i.kind());
            m.put("namespace", i.namespace());
            m.put("name", i.name());
            m.put("file", i.file());
            out.add(m);
        }
        return out;
    }

    /** {@code file:line:column: severity: field: message}, the text form of one diagnostic. */
    static String line(Diagnostic d) {
        String where = d.position() == null ? "-"
                : oneLine(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
        String field = d.field() == null ? (d.object() == null ? "" : d.object() + ": ") : d.field() + ": ";
        return where + ": " + d.severity().wireName() + ": " + oneLine(field + d.message());
    }

    /** Line breaks and other control characters escaped, so each diagnostic stays on one line (a file name may hold them). */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!control) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
