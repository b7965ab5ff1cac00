package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects the errors of one object, worded as the API server's {@code field.Error} bodies
 * ({@code Required value}, {@code Invalid value: "x": detail}, {@code Unsupported value: "x": supported values: ...}).
 */
final class Problems {
    private final ObjectRef ref;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Problems(ObjectRef ref) {
        this.ref = ref;
    }

    ObjectRef ref() {
        return ref;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    void required(String code, String field, String detail) {
        add(code, field, ErrorType.Required, withDetail("Required value", detail));
    }

    void forbidden(String code, String field, String detail) {
        add(code, field, ErrorType.Forbidden, withDetail("Forbidden", detail));
    }

    void invalid(String code, String field, Object value, String detail) {
        add(code, field, ErrorType.Invalid, withDetail("Invalid value: " + GoValues.format(value), detail));
    }

    void duplicate(String code, String field, Object value) {
        add(code, field, ErrorType.Duplicate, "Duplicate value: " + GoValues.format(value));
    }

    void tooLong(String code, String field, long maxBytes) {
        add(code, field, ErrorType.TooLong, "Too long: may not be more than " + maxBytes + " bytes");
    }

    void notSupported(String code, String field, Object value, List<String> supported) {
        String values = supported.stream().map(GoValues::quote).collect(Collectors.joining(", "));
        add(code, field, ErrorType.NotSupported, "Unsupported value: " + GoValues.format(value) + ": supported values: " + values);
    }

    void warning(String code, String field, String message) {
        diagnostics.add(new Diagnostic(Severity.WARNING, code, ref.toString(), field, null, message, null));
    }

    private void add(String code, String field, ErrorType type, String message) {
        diagnostics.add(new Diagnostic(Severity.ERROR, code, ref.toString(), field, type, message, null));
    }

    private static String withDetail(String head, String detail) {
        return detail == null || detail.isEmpty() ? head : head + ": " + detail;
    }
}
