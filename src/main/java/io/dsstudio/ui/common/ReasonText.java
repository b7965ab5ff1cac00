package io.dsstudio.ui.common;

import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.Reason;

/**
 * The reconciler's reasons in the UI's language. The reconciler writes English sentences (the CLI's language);
 * a bundle that defines {@code reason.<code>} and {@code action.*} keys gets its own sentences, built from the
 * reason's subject (the taint, the unmatched nodeSelector entries, the template's nodeName).
 */
public final class ReasonText {
    private final Messages messages;

    public ReasonText(Messages messages) {
        this.messages = messages;
    }

    public String of(Reason reason) {
        String key = "reason." + reason.code().name();
        return messages.has(key) ? messages.get(key, reason.subject()) : reason.message();
    }

    public String of(PlannedAction action) {
        String key = action.type() == ActionType.CREATE ? "action.create"
                : "action.delete." + (action.cause() == null ? "" : action.cause().name());
        return messages.has(key) ? messages.get(key) : action.reason();
    }
}
