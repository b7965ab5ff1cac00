package io.dsstudio.cluster;

import io.dsstudio.domain.Diagnostic;

import java.util.List;

/**
 * What happened to one change.
 *
 * @param diagnostics the API server's validation and admission errors, at the field when the server named one
 * @param managers    for a field-manager conflict, the managers that own the contested fields (offer force)
 * @param replanned   for a 409 on taints, the same edit re-based on the node as it is now (to re-plan and confirm)
 */
public record ObjectResult(LiveChange change, Outcome outcome, String message, List<Diagnostic> diagnostics,
                           List<String> managers, LiveChange replanned) {
    public enum Outcome {
        /** The server dry run accepted the change (nothing changed yet). */
        DRY_RUN_OK,
        /** The change was made. */
        CHANGED,
        /** The server rejected the change (dry run or real); nothing changed for this object. */
        REJECTED,
        /** The object changed since it was read, or another field manager owns the fields; nothing changed. */
        CONFLICT,
        /** The request failed (network, 5xx, timeout, 403); for this object the change did not happen. */
        FAILED,
        /** Not attempted because an earlier object failed or the dry run rejected something. */
        NOT_ATTEMPTED
    }

    public ObjectResult {
        diagnostics = List.copyOf(diagnostics);
        managers = List.copyOf(managers);
    }

    static ObjectResult of(LiveChange change, Outcome outcome, String message) {
        return new ObjectResult(change, outcome, message, List.of(), List.of(), null);
    }

    public boolean changed() {
        return outcome == Outcome.CHANGED;
    }
}
