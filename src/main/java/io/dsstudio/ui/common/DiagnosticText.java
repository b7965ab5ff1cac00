package io.dsstudio.ui.common;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.MessageText;

/**
 * A finding's message in the UI's language: its {@link MessageText} through the bundles (phrases among the
 * arguments rendered first), else the English message (the API server's and kubectl's own wording stays as
 * kubectl shows it).
 */
public final class DiagnosticText {
    private final Messages messages;

    public DiagnosticText(Messages messages) {
        this.messages = messages;
    }

    public String of(Diagnostic diagnostic) {
        return of(diagnostic.text(), diagnostic.message());
    }

    /** {@code text} in the UI's language, or {@code english} when there is no text or the bundles lack one of its keys. */
    public String of(MessageText text, String english) {
        String localised = text == null ? null : render(text);
        return localised == null ? english : localised;
    }

    private String render(MessageText text) {
        if (!messages.has(text.key())) {
            return null;
        }
        Object[] args = text.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof MessageText phrase) {
                String rendered = render(phrase);
                if (rendered == null) {
                    return null;
                }
                args[i] = rendered;
            }
        }
        return messages.get(text.key(), args);
    }
}
