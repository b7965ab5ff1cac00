package io.dsstudio.reconcile;

/**
 * One failing placement check, with a sentence for people (e.g. "taint gpu=true:NoSchedule is not tolerated").
 *
 * @param subject the variable part of the sentence — the taint, the unmatched nodeSelector entries or the
 *                template's nodeName; "" when there is none — so a UI can write the sentence in its own language
 */
public record Reason(ReasonCode code, String message, String subject) {
    public Reason {
        subject = subject == null ? "" : subject;
    }

    public Reason(ReasonCode code, String message) {
        this(code, message, "");
    }
}
