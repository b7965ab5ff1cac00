package io.dsstudio.validation;

import java.math.BigDecimal;

/**
 * Upstream's resource.ParseQuantity ({@code k8s.io/apimachinery/pkg/api/resource/quantity.go}): a signed decimal
 * number, then a binary suffix (Ki … Ei), a decimal suffix (n u m "" k M G T P E) or a decimal exponent (e3, E-2).
 */
final class Quantities {
    static final String FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    static final String SUFFIX_ERROR = "unable to parse quantity's suffix";
    static final String NUMERIC_ERROR = "unable to parse quantity's numeric part";

    private Quantities() {
    }

    /** The quantity's value, or throws {@link IllegalArgumentException} with upstream's message. */
    static BigDecimal parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(FORMAT_ERROR);
        }
        int i = 0;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            i++;
        }
        int numberStart = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i == numberStart) {
            throw new IllegalArgumentException(FORMAT_ERROR);
        }
        String number = text.substring(0, i);
        String suffix = text.substring(i);
        if (!suffix.matches("[eEinumkKMGTP]*[-+]?[0-9]*")) {
            throw new IllegalArgumentException(FORMAT_ERROR);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NUMERIC_ERROR);
        }
        return value.multiply(multiplier(suffix));
    }

    /** Whether the text parses; the reason when it does not. */
    static String problem(String text) {
        if (plainAndValid(text)) {
            return null;
        }
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The common forms ({@code 100m}, {@code 1.5Gi}, {@code 3}): a signed number with at most one point and a suffix
     * {@link #multiplier} knows, which {@link #parse} always accepts; checked without a regular expression or a
     * BigDecimal. Anything else goes through {@link #parse} for upstream's message.
     */
    private static boolean plainAndValid(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        int rest = n - i;
        return rest == 0
                || rest == 1 && "numkMGTPE".indexOf(text.charAt(i)) >= 0
                || rest == 2 && text.charAt(i + 1) == 'i' && "KMGTPE".indexOf(text.charAt(i)) >= 0;
    }

    private static BigDecimal multiplier(String suffix) {
        return switch (suffix) {
            case "" -> BigDecimal.ONE;
            case "n" -> new BigDecimal("1e-9");
            case "u" -> new BigDecimal("1e-6");
            case "m" -> new BigDecimal("1e-3");
            case "k" -> new BigDecimal("1e3");
            case "M" -> new BigDecimal("1e6");
            case "G" -> new BigDecimal("1e9");
            case "T" -> new BigDecimal("1e12");
            case "P" -> new BigDecimal("1e15");
            case "E" -> new BigDecimal("1e18");
            case "Ki" -> BigDecimal.valueOf(1L << 10);
            case "Mi" -> BigDecimal.valueOf(1L << 20);
            case "Gi" -> BigDecimal.valueOf(1L << 30);
            case "Ti" -> BigDecimal.valueOf(1L << 40);
            case "Pi" -> BigDecimal.valueOf(1L << 50);
            case "Ei" -> BigDecimal.valueOf(1L << 60);
            default -> exponent(suffix);
        };
    }

    private static BigDecimal exponent(String suffix) {
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            try {
                int power = Integer.parseInt(suffix.substring(1));
                if (Math.abs(power) <= 1000) {
                    return BigDecimal.ONE.scaleByPowerOfTen(power);
                }
            } catch (NumberFormatException e) {
                // not an exponent
            }
        }
        throw new IllegalArgumentException(SUFFIX_ERROR);
    }
}
