package io.dsstudio.yaml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlainScalars#resolve} skips the number patterns for text they cannot match (such as the hash 416a3608de);
 * it must answer what matching them would: seeded random texts of number-like characters, resolved by it and by
 * the patterns alone.
 */
class PlainScalarsNumberTest {
    private static final Pattern INT = Pattern.compile("[-+]?(?:0b[0-1_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9_]+(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?");
    private static final String ALPHABET = "0123456789012345abcdefABCDEFxXbeE_.+-:g";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void resolvesNumberLikeTextAsThePatternsDo(int seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 40_000; n++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) == 0) {
                text.append(random.nextBoolean() ? '-' : '+');
            }
            if (random.nextInt(3) == 0) {
                text.append(random.nextBoolean() ? "0x" : "0b");
            } else {
                text.append((char) ('0' + random.nextInt(10)));
            }
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String v = text.toString();
            assertThat(outcome(() -> PlainScalars.resolve(v))).as(v).isEqualTo(outcome(() -> byPatterns(v)));
        }
    }

    /** The value, or the exception's class should either way fail to read a text. */
    private static Object outcome(java.util.function.Supplier<Object> resolve) {
        try {
            return resolve.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"416a3608de", "1e5", "-1.5e-3", "0x1F", "0b101", "+0x_ff", "6ee0c8df-7472", "12e", "0xg", "1_0.5"})
    void resolvesChosenTextsAsThePatternsDo(String v) {
        assertThat(outcome(() -> PlainScalars.resolve(v))).as(v).isEqualTo(outcome(() -> byPatterns(v)));
    }

    /** The resolution of a text that starts with a digit or sign by the two patterns, as before the shortcut. */
    private static Object byPatterns(String v) {
        Object special = switch (v) {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
            case ".nan", ".NaN", ".NAN" -> Double.NaN;
            default -> v;
        };
        if (INT.matcher(v).matches()) {
            String s = v.replace("_", "");
            boolean negative = s.startsWith("-");
            if (s.startsWith("-") || s.startsWith("+")) {
                s = s.substring(1);
            }
            if ((s.startsWith("0b") || s.startsWith("0x")) && s.length() == 2) {
                return v;
            }
            BigInteger value;
            if (s.startsWith("0b")) {
                value = new BigInteger(s.substring(2), 2);
            } else if (s.startsWith("0x")) {
                value = new BigInteger(s.substring(2), 16);
            } else if (s.length() > 1 && s.startsWith("0")) {
                value = new BigInteger(s.substring(1), 8);
            } else {
                value = new BigInteger(s);
            }
            value = negative ? value.negate() : value;
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }
        if (FLOAT.matcher(v).matches() && v.chars().anyMatch(Character::isDigit)) {
            return Double.parseDouble(v.replace("_", ""));
        }
        return special;
    }
}
