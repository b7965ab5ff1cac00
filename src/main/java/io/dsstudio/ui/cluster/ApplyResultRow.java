package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ObjectResult;

import java.util.List;

/**
 * One object's result as the apply dialog shows it.
 *
 * @param outcomeText the localised outcome (changed, rejected, conflict, failed, pending, …)
 * @param fieldErrors the API server's errors, "field: message" when the server named the field
 * @param forceable   a field-manager conflict: re-applying with force would take the fields over
 */
public record ApplyResultRow(String object, String change, ObjectResult.Outcome outcome, String outcomeText, String message,
                             List<String> fieldErrors, List<String> managers, boolean forceable) {
    public ApplyResultRow {
        fieldErrors = List.copyOf(fieldErrors);
        managers = List.copyOf(managers);
    }
}
