package io.dsstudio.yaml;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Writes scalars so that they read back as the same value. A string is written plain only when the reader
 * (YAML 1.1, as kubectl resolves it) would read it back as that same string: {@code "true"}, {@code "0644"},
 * {@code "yes"} and {@code "1.0"} must be quoted, as must text with {@code ": "}, {@code " #"} or a leading
 * indicator.
 */
final class YamlScalars {
    /** Quoting styles a scalar can be written in. */
    enum Style { PLAIN, SINGLE, DOUBLE }

    private static final Resolver RESOLVER = new Resolver();
    /** Anything Go's strconv would take for a number (0o17, 0b101, 1_000, 1e3): quoted to be safe with kubectl too. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(0[bBoOxX])?[0-9a-fA-F_.]*[0-9][0-9a-fA-F_.]*([eEpP][-+]?[0-9]+)?");
    private static final String LEADING_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlScalars() {
    }

    /** True when the string reads back as itself when written without quotes. */
    static boolean canBePlain(String s, boolean flow) {
        if (s.isEmpty() || !s.strip().equals(s) || s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        char first = s.charAt(0);
        if (LEADING_INDICATORS.indexOf(first) >= 0) {
            boolean dashWord = first == '-' && s.length() > 1 && s.charAt(1) != ' ';
            if (!dashWord) {
                return false;
            }
        }
        if (s.contains(": ") || s.endsWith(":") || s.contains(" #") || s.contains(":\t") || s.contains("\t#")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\uFEFF' || (c >= 0x80 && c <= 0x9F)
                    || Character.isSurrogate(c) && !validSurrogateAt(s, i) || c == '\u2028' || c == '\u2029') {
                return false;
            }
            if (flow && ",[]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return resolvesToString(s) && !NUMBER_LIKE.matcher(s).matches();
    }

    /** True when YAML 1.1 reads the plain text as a string (not a bool, number, null, timestamp or merge key). */
    static boolean resolvesToString(String plain) {
        if (plain.length() == 1 && "yYnN".indexOf(plain.charAt(0)) >= 0) {
            return false; // booleans to kubectl's go-yaml v2
        }
        return Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, plain, true));
    }

    /** A string in the given style, falling back to a safe one when the style cannot carry the text. */
    static String string(String s, Style preferred, boolean flow) {
        if (preferred == Style.PLAIN && canBePlain(s, flow)) {
            return s;
        }
        if (preferred == Style.SINGLE && canBeSingleQuoted(s)) {
            return singleQuoted(s);
        }
        if (preferred == Style.DOUBLE) {
            return doubleQuoted(s);
        }
        // kubectl's choice: strings that read as another type in double quotes, other unsafe text in single quotes.
        if (!resolvesToString(s) || NUMBER_LIKE.matcher(s).matches() || !canBeSingleQuoted(s)) {
            return doubleQuoted(s);
        }
        return canBePlain(s, flow) ? s : singleQuoted(s);
    }

    /** A scalar value in kubectl's style: strings plain when possible, numbers and booleans as written by Go. */
    static String scalar(Object value, Style preferred, boolean flow) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return string(s, preferred, flow);
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return ".nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? ".inf" : "-.inf";
            }
            return Double.toString(d);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as a YAML scalar");
    }

    /** The quoting style of a scalar as it stands in the text. */
    static Style styleOf(String text, TextSpan span) {
        if (span.end() <= span.start()) {
            return Style.PLAIN;
        }
        char c = text.charAt(span.start());
        return c == '"' ? Style.DOUBLE : c == '\'' ? Style.SINGLE : Style.PLAIN;
    }

    private static boolean canBeSingleQuoted(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\uFEFF' || Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
                return false;
            }
        }
        return true;
    }

    static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        JsonWriter.quoted(s, out, true);
        return out.toString();
    }
}
