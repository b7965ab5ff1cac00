package io.dsstudio.domain;

import java.util.List;

/**
 * A message as a key of the app's bundles and its arguments, so the app can show it in the user's language; the
 * English sentence built next to it stays the text of the CLI and of every report. An argument may itself be a
 * {@code MessageText} (a phrase chosen by the rule, such as a reason).
 */
public record MessageText(String key, List<Object> args) {

    public MessageText {
        java.util.Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static MessageText of(String key, Object... args) {
        return new MessageText(key, List.of(args));
    }
}
