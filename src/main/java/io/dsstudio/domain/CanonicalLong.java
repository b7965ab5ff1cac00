package io.dsstudio.domain;

/** Reads a string that is exactly {@code Long.toString(n)} for some {@code n} (Go's fmt.Sprint of an int64). */
final class CanonicalLong {
    private CanonicalLong() {
    }

    /** The {@code n} with {@code Long.toString(n).equals(text)}, or null when there is none. */
    static Long parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 20) {
            return null;
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException outOfRange) {
            return null;
        }
        return Long.toString(value).equals(text) ? value : null;    // no leading zeros, no "-0"
    }
}
