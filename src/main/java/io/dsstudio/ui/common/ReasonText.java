package io.dsstudio.ui.common;

import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.Reason;

/**
 * The reconciler's reasons in the UI's language. Patterns {@code reason.<code>} and {@code action.*} get the
 * reason's subject (the taint, the unmatched nodeSelector entries, the template's nodeName) as {@code {0}} and
 * the reconciler's own English sentence (the CLI's language) as {@code {1}}; the English bundle uses {@code {1}}.
 */
public final class ReasonText {
    private final Messages messages;

    public ReasonText(Messages messages) {
        this.messages = messages;
    }

    public String of(Reason reason) {
        String key = "reason." + reason.code().name();
        return messages.has(key) ? messages.get(key, reason.subject(), reason.message()) : reason.message();
    }

    public String of(PlannedAction action) {
        String key = action.type() == ActionType.CREATE ? "action.create"
                : "action.delete." + (action.cause() == null ? "" : action.cause().name());
        return messages.has(key) ? messages.get(key, "", action.reason()) : action.reason();
    }
}
