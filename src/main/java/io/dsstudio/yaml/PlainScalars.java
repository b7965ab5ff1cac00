package io.dsstudio.yaml;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Resolves unquoted YAML scalars as kubectl's YAML 1.1 reader (go-yaml v2) does, without a regular
 * expression for the common case: text that starts with a letter other than those of null and boolean
 * words is a string at once. Numbers follow YAML 1.1 ({@code 0644} is octal 420, {@code 0x1F} is 31,
 * underscores are ignored); timestamps and sexagesimal numbers stay strings.
 */
final class PlainScalars {
    private static final Pattern INT = Pattern.compile("[-+]?(?:0b[0-1_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9_]+(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?");

    private PlainScalars() {
    }

    static Object resolve(String v) {
        if (v.isEmpty()) {
            return null;
        }
        char c = v.charAt(0);
        boolean maybeWord = "~nNyYtTfFoO".indexOf(c) >= 0;
        boolean maybeNumber = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
        if (!maybeWord && !maybeNumber) {
            return v;
        }
        if (maybeWord) {
            return word(v);
        }
        Long decimal = shortDecimal(v);
        if (decimal != null) {
            return decimal;
        }
        if (!couldBeNumber(v)) {
            return special(v);
        }
        if (INT.matcher(v).matches()) {
            return integer(v);
        }
        if (FLOAT.matcher(v).matches() && v.chars().anyMatch(Character::isDigit)) {
            return Double.parseDouble(v.replace("_", ""));
        }
        return special(v);
    }

    /**
     * Whether the text has only characters the integer and float forms allow where they allow them (a sign
     * first or after an exponent, one dot): addresses, UIDs, quantities and times are strings at once.
     */
    private static boolean couldBeNumber(String v) {
        // hex digits and x belong to 0x and 0b numbers only; elsewhere the only letters are a float's e and E, so a
        // hash such as 416a3608de (a label of every pod) is a string without the two regular expressions
        int body = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        boolean radix = v.startsWith("0x", body) || v.startsWith("0b", body);
        int dots = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c >= '0' && c <= '9') || c == '_' || c == 'e' || c == 'E'
                    || (radix && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == 'x'))) {
                continue;
            }
            if (c == '.' && ++dots == 1) {
                continue;
            }
            if ((c == '+' || c == '-') && (i == 0 || v.charAt(i - 1) == 'e' || v.charAt(i - 1) == 'E')) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static Object special(String v) {
        return switch (v) {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
            case ".nan", ".NaN", ".NAN" -> Double.NaN;
            default -> v;
        };
    }

    /** The common integer {@code [-+]?[1-9][0-9]*} (or {@code 0}) of up to 17 digits, without a regular expression. */
    private static Long shortDecimal(String v) {
        int start = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        int digits = v.length() - start;
        if (digits < 1 || digits > 17 || (v.charAt(start) == '0' && digits > 1)) {
            return null;
        }
        long value = 0;
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return v.charAt(0) == '-' ? -value : value;
    }

    private static Object word(String v) {
        return switch (v) {
            case "~", "null", "Null", "NULL" -> null;
            case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> Boolean.TRUE;
            case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" -> Boolean.FALSE;
            default -> v;
        };
    }

    private static Object integer(String v) {
        String s = v.replace("_", "");
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        if ((s.startsWith("0b") || s.startsWith("0x")) && s.length() == 2) {
            return v; // "0b_", "0x_": a prefix without digits is text, as kubectl's YAML reader resolves it
        }
        BigInteger value;
        if (s.startsWith("0b")) {
            value = new BigInteger(s.substring(2), 2);
        } else if (s.startsWith("0x")) {
            value = new BigInteger(s.substring(2), 16);
        } else if (s.length() > 1 && s.startsWith("0")) {
            value = new BigInteger(s.substring(1), 8);
        } else if (s.length() < 18) {
            long l = Long.parseLong(s);
            return negative ? -l : l;
        } else {
            value = new BigInteger(s);
        }
        value = negative ? value.negate() : value;
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}
