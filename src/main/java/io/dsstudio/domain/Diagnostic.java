package io.dsstudio.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the input: an error (the object is rejected) or a warning (it is accepted but
 * probably not what the user meant). The same record feeds the CLI, the editor marks and the error list.
 *
 * @param code     stable identifier of the rule, e.g. {@code InvalidSelector} or {@code WillAdoptOrphan}
 * @param object   {@code Kind/namespace/name}, or null for a syntax error
 * @param field    Kubernetes field path such as {@code spec.template.spec.tolerations[0].operator}, or null
 * @param type     the Kubernetes error type for errors; null for warnings
 * @param position where it is in the input, or null when the object has no source text
 * @param text     the message as a bundle key and arguments for the app's languages, or null where the English
 *                 {@code message} is all there is (the API server's and kubectl's own wording)
 */
public record Diagnostic(Severity severity, String code, String object, String field, ErrorType type,
                         String message, SourcePosition position, MessageText text) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position() == null ? "" : d.position().file())
            .thenComparingInt(d -> d.position() == null ? 0 : d.position().line())
            .thenComparingInt(d -> d.position() == null ? 0 : d.position().column())
            .thenComparing(d -> d.object() == null ? "" : d.object())
            .thenComparing(d -> d.field() == null ? "" : d.field())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public Diagnostic(Severity severity, String code, String object, String field, ErrorType type, String message,
                      SourcePosition position) {
        this(severity, code, object, field, type, message, position, null);
    }

    public static Diagnostic error(String code, ObjectRef object, String field, ErrorType type, String message) {
        return new Diagnostic(Severity.ERROR, code, object == null ? null : object.toString(), field, type, message, null);
    }

    public static Diagnostic warning(String code, ObjectRef object, String field, String message) {
        return new Diagnostic(Severity.WARNING, code, object == null ? null : object.toString(), field, null, message, null);
    }

    public Diagnostic at(SourcePosition where) {
        return new Diagnostic(severity, code, object, field, type, message, where, text);
    }

    /** The same finding, with its message also as a bundle key and arguments. */
    public Diagnostic withText(String key, Object... args) {
        return new Diagnostic(severity, code, object, field, type, message, position, MessageText.of(key, args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
