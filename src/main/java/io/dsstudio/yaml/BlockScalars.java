package io.dsstudio.yaml;

/**
 * Scans the single-line scalars of {@link BlockYamlParser}: plain scalars with YAML's block-context rules
 * (a scalar ends before {@code ": "}, a {@code ":"} at the end of the line, or {@code " #"}), single- and
 * double-quoted scalars that close on their line, and empty flow collections. Methods answer -1 or null for
 * anything they do not read, and remember where the last scalar ended ({@link #lastEnd()}).
 */
final class BlockScalars {
    /** Longer keys are not simple keys for SnakeYAML; leave them to it. */
    private static final int MAX_KEY_LENGTH = 1000;
    private final String s;
    private final StringCache strings;
    private int lastEnd;
    private int keyAt = -1;
    private int keyColon;
    private int keyScalarEnd;

    BlockScalars(String s, StringCache strings) {
        this.s = s;
        this.strings = strings;
    }

    /** The text of a value between two offsets, shared with equal texts read before. */
    String text(int from, int to) {
        return strings.value(s, from, to);
    }

    /** The text of a key between two offsets, shared with equal keys read before. */
    String keyText(int from, int to) {
        return strings.key(s, from, to);
    }

    int lastEnd() {
        return lastEnd;
    }

    /**
     * Whether every character may stand in this subset: printable as SnakeYAML's reader requires, no line
     * breaks but {@code \n} and {@code \r\n}, and nothing outside the BMP (its reader counts code points).
     */
    static boolean plainCharacters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c == '\n' || c == '\t' || (c == '\r' && i + 1 < to && s.charAt(i + 1) == '\n')) {
                    continue;
                }
                return false;
            }
            if (c >= 0x7F && (c <= 0x9F || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF' || c >= '\uFFFE')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a plain scalar may start here: not an indicator, and {@code - ? :} only before a non-blank. */
    static boolean canStartPlain(String s, int at, int lineEnd) {
        char c = s.charAt(at);
        if (c == '-' || c == '?' || c == ':') {
            return at + 1 < lineEnd && s.charAt(at + 1) != ' ';
        }
        return ",[]{}#&*!|>'\"%@` ".indexOf(c) < 0;
    }

    /**
     * The offset of the {@code :} when a simple key starts at {@code at} (a plain or quoted scalar, blanks, then
     * {@code :} before a space or the line's end); otherwise -1.
     */
    int keyEnd(int at, int lineEnd) {
        if (at == keyAt) {
            return keyColon;
        }
        int end;
        char c = s.charAt(at);
        if (c == '"' || c == '\'') {
            end = quotedEnd(at, lineEnd);
        } else if (canStartPlain(s, at, lineEnd)) {
            end = plainEnd(at, lineEnd);
        } else {
            end = -1;
        }
        int colon = -1;
        if (end >= 0) {
            int i = end;
            while (i < lineEnd && s.charAt(i) == ' ') {
                i++;
            }
            if (i < lineEnd && s.charAt(i) == ':' && (i + 1 == lineEnd || s.charAt(i + 1) == ' ')
                    && i - at <= MAX_KEY_LENGTH) {
                colon = i;
            }
        }
        keyAt = at;
        keyColon = colon;
        keyScalarEnd = end;
        return colon;
    }

    /** The text of the key found by {@link #keyEnd} at {@code at}. */
    String key(int at, int lineEnd) {
        if (keyEnd(at, lineEnd) < 0) {
            return null;
        }
        char c = s.charAt(at);
        if (c == '"' || c == '\'') {
            return quoted(at, lineEnd);
        }
        lastEnd = keyScalarEnd;
        return strings.key(s, at, keyScalarEnd);
    }

    /** A plain scalar's text, or null when it contains a tab. */
    String plain(int at, int lineEnd) {
        int end = plainEnd(at, lineEnd);
        if (end < 0) {
            return null;
        }
        lastEnd = end;
        return text(at, end);
    }

    /** Where a plain scalar that starts at {@code at} ends on this line, or -1 when it holds a tab. */
    private int plainEnd(int at, int lineEnd) {
        return plainEnd(at, lineEnd, false);
    }

    /**
     * Where a plain scalar in a flow collection ends: before blanks followed by a flow indicator, before
     * {@code ,[]{}} or before {@code ": "}. -1 for a {@code :} or {@code ?} inside it, a tab, or a comment
     * after it (which would run the collection over more lines).
     */
    int flowPlainEnd(int at, int lineEnd) {
        return plainEnd(at, lineEnd, true);
    }

    /** A plain scalar is chunks of non-blanks; it ends at a chunk that is empty, or (in block context) at a comment. */
    private int plainEnd(int at, int lineEnd, boolean flow) {
        int end = at;
        int i = at;
        while (true) {
            int chunk = i;
            i = chunkEnd(i, lineEnd, flow);
            if (i < 0) {
                return -1;
            }
            if (i == chunk) {
                return end;
            }
            end = i;
            while (i < lineEnd && s.charAt(i) == ' ') {
                i++;
            }
            if (i == lineEnd || s.charAt(i) == '#') {
                return flow ? -1 : end;
            }
        }
    }

    /**
     * Where a chunk of a plain scalar ends: at a blank, at {@code ": "} (or a {@code :} ending the line, in block
     * context), or at a flow indicator (in flow context); -1 where this reader gives up.
     */
    private int chunkEnd(int from, int lineEnd, boolean flow) {
        int i = from;
        for (; i < lineEnd; i++) {
            char c = s.charAt(i);
            if (c == ' ' || (flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}'))) {
                return i;
            }
            if (c == ':') {
                boolean beforeBlank = i + 1 < lineEnd ? s.charAt(i + 1) == ' ' : !flow;
                if (beforeBlank) {
                    return i;
                }
                if (flow) {
                    return -1;
                }
            }
            if (c == '\t' || (flow && c == '?')) {
                return -1;
            }
        }
        return i;
    }

    /** A quoted scalar's value, or null when it does not close on its line or has an escape not read here. */
    String quoted(int at, int lineEnd) {
        int end = quotedEnd(at, lineEnd);
        if (end < 0) {
            return null;
        }
        lastEnd = end;
        char quote = s.charAt(at);
        int i = at + 1;
        int close = end - 1;
        int plainRun = quote == '"' ? indexOfIn('\\', i, close) : indexOfIn('\'', i, close);
        if (plainRun < 0) {
            return text(i, close);
        }
        StringBuilder out = new StringBuilder(close - i);
        while (i < close) {
            char c = s.charAt(i);
            if (quote == '\'' && c == '\'') {
                out.append('\'');
                i += 2;
            } else if (quote == '"' && c == '\\') {
                int used = unescape(i + 1, close, out);
                if (used < 0) {
                    return null;
                }
                i += 1 + used;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private int indexOfIn(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Offset just after the closing quote of the scalar at {@code at}, or -1 when it does not close on the line. */
    private int quotedEnd(int at, int lineEnd) {
        char quote = s.charAt(at);
        int i = at + 1;
        while (i < lineEnd) {
            char c = s.charAt(i);
            if (quote == '\'' && c == '\'') {
                if (i + 1 < lineEnd && s.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (quote == '"') {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    return i + 1;
                }
            }
            i++;
        }
        return -1;
    }

    /** Appends the character of the escape after a backslash; answers how many characters it used, or -1. */
    private int unescape(int at, int close, StringBuilder out) {
        if (at >= close) {
            return -1;
        }
        char c = s.charAt(at);
        String simple = switch (c) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            default -> null;
        };
        if (simple != null) {
            out.append(simple);
            return 1;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 0;
        if (digits == 0 || at + digits >= close) {
            return -1;
        }
        int value = 0;
        for (int i = at + 1; i <= at + digits; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        out.append((char) value);
        return 1 + digits;
    }

    /** Records where a scalar or collection read elsewhere on the line ended. */
    void endedAt(int end) {
        lastEnd = end;
    }
}
