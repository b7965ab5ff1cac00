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
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
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
