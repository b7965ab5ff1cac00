package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.SourcePosition;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.YEntry;
import io.dsstudio.yaml.YMap;
import io.dsstudio.yaml.YNode;
import io.dsstudio.yaml.YScalar;
import io.dsstudio.yaml.YSeq;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings of the rules that read an object's tree, each at the place in the text it is about, worded as the
 * API server's field errors ({@link Problems} words the rules that read the mapped object).
 */
final class TreeFindings {
    private final KubeObject object;
    private final List<Diagnostic> out = new ArrayList<>(0);

    TreeFindings(KubeObject object) {
        this.object = object;
    }

    List<Diagnostic> diagnostics() {
        return out;
    }

    void required(String code, String field, YNode at, String detail) {
        error(code, field, ErrorType.Required, detail.isEmpty() ? "Required value" : "Required value: " + detail, at);
    }

    void invalid(String code, String field, Object value, String detail, YNode at) {
        error(code, field, ErrorType.Invalid, "Invalid value: " + GoValues.format(value) + ": " + detail, at);
    }

    void invalidKey(String code, String field, YEntry entry, String detail) {
        add(Severity.ERROR, code, field, ErrorType.Invalid, "Invalid value: " + GoValues.quote(entry.key()) + ": " + detail,
                entry.keyLine(), entry.keyColumn());
    }

    void notFound(String code, String field, Object value, YNode at) {
        error(code, field, ErrorType.NotFound, "Not found: " + GoValues.format(value), at);
    }

    void duplicate(String code, String field, Object value, YNode at) {
        error(code, field, ErrorType.Duplicate, "Duplicate value: " + GoValues.format(value), at);
    }

    void forbidden(String code, String field, String detail, YEntry at) {
        add(Severity.ERROR, code, field, ErrorType.Forbidden, "Forbidden: " + detail, at.keyLine(), at.keyColumn());
    }

    void warning(String code, String field, String message, YNode at) {
        add(Severity.WARNING, code, field, null, message, at.line(), at.column());
    }

    private void error(String code, String field, ErrorType type, String message, YNode at) {
        YNode where = at == null ? object.root() : at;
        add(Severity.ERROR, code, field, type, message, where.line(), where.column());
    }

    private void add(Severity severity, String code, String field, ErrorType type, String message, int line, int column) {
        out.add(new Diagnostic(severity, code, object.ref().toString(), field, type, message,
                new SourcePosition(object.file().displayPath(), line, column)));
    }

    static YMap map(YNode parent, String key) {
        return parent instanceof YMap m && m.get(key) instanceof YMap child ? child : null;
    }

    static List<YNode> items(YNode parent, String key) {
        return parent instanceof YMap m && m.get(key) instanceof YSeq seq ? seq.items() : List.of();
    }

    /** The string value of a key; null when absent, null or not a string (the schema check reports wrong types). */
    static String string(YNode parent, String key) {
        return parent instanceof YMap m && m.get(key) instanceof YScalar s && s.value() instanceof String str ? str : null;
    }

    static boolean present(YNode parent, String key) {
        return parent instanceof YMap m && m.get(key) != null && !(m.get(key) instanceof YScalar s && s.isNull());
    }
}
