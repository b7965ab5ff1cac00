package io.dsstudio.cluster;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Severity;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the API server's Status: each {@code details.causes[]} becomes a Diagnostic at its field. */
final class StatusCauses {
    private static final Pattern MANAGER = Pattern.compile("conflict with \"([^\"]+)\"");

    private StatusCauses() {
    }

    static List<Diagnostic> diagnostics(ObjectRef ref, Status status, SecretRedactor redactor) {
        List<Diagnostic> out = new ArrayList<>();
        if (status == null) {
            return out;
        }
        List<StatusCause> causes = status.getDetails() == null || status.getDetails().getCauses() == null
                ? List.of() : status.getDetails().getCauses();
        for (StatusCause cause : causes) {
            String field = cause.getField() == null || cause.getField().isEmpty() ? null : cause.getField();
            String message = cause.getMessage() == null ? String.valueOf(cause.getReason()) : cause.getMessage();
            out.add(new Diagnostic(Severity.ERROR, "Server" + (cause.getReason() == null ? "Rejected" : cause.getReason()),
                    ref.toString(), field, type(cause.getReason()), redactor.redact(message), null));
        }
        if (out.isEmpty() && status.getMessage() != null) {
            out.add(new Diagnostic(Severity.ERROR, "ServerRejected", ref.toString(), null,
                    "Invalid".equals(status.getReason()) ? ErrorType.Invalid : null, redactor.redact(status.getMessage()), null));
        }
        return out;
    }

    /** The field managers named in a server-side apply conflict. */
    static List<String> managers(Status status) {
        Set<String> out = new LinkedHashSet<>();
        if (status == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        if (status.getMessage() != null) {
            texts.add(status.getMessage());
        }
        if (status.getDetails() != null && status.getDetails().getCauses() != null) {
            status.getDetails().getCauses().forEach(c -> texts.add(c.getMessage() == null ? "" : c.getMessage()));
        }
        for (String text : texts) {
            Matcher m = MANAGER.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return List.copyOf(out);
    }

    static ErrorType type(String reason) {
        if (reason == null) {
            return ErrorType.Invalid;
        }
        return switch (reason) {
            case "FieldValueRequired" -> ErrorType.Required;
            case "FieldValueNotSupported" -> ErrorType.NotSupported;
            case "FieldValueForbidden" -> ErrorType.Forbidden;
            case "FieldValueDuplicate" -> ErrorType.Duplicate;
            case "FieldValueTooLong" -> ErrorType.TooLong;
            default -> ErrorType.Invalid;
        };
    }
}
