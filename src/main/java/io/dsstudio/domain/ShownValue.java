package io.dsstudio.domain;

/**
 * Keeps echoed input short: a message that quotes a 10 MB label value or a 5,000-digit number shows its first
 * 200 characters and says how many more there are.
 */
public final class ShownValue {
    public static final int MAX_SHOWN = 200;

    private ShownValue() {
    }

    /** The text itself when short, else its first {@value #MAX_SHOWN} characters and "… (N more)". */
    public static String cut(String text) {
        if (text == null || text.length() <= MAX_SHOWN) {
            return text;
        }
        int end = MAX_SHOWN;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "… (" + (text.length() - end) + " more)";
    }
}
