package io.dsstudio.validation;

/**
 * The key an unknown-field diagnostic suggests in place of the mistyped one (the "did you mean nodeSelector?" of a
 * typo at the same level), for quick fixes. A field that belongs elsewhere ("did you mean updateStrategy.type?") has
 * no one-key fix.
 */
public final class FieldSuggestion {
    private FieldSuggestion() {
    }

    /** The suggested key, or null when the diagnostic suggests none. */
    public static String replacementKey(String code, String message) {
        return SchemaCheck.suggestedKey(code, message);
    }
}
