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
        String where = d.position() == null ? "-" : d.position().toString();
        String field = d.field() == null ? (d.object() == null ? "" : d.object() + ": ") : d.field() + ": ";
        return where + ": " + d.severity().wireName() + ": " + field + d.message();
    }
}
