package io.dsstudio.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Quantities#problem} answers the common forms without parsing; it must answer exactly as the full parse
 * (upstream's ParseQuantity rules) does, for valid and invalid text alike.
 */
class QuantitiesFastPathTest {
    private static String parseProblem(String text) {
        try {
            Quantities.parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "100m", "1.5Gi", "+2k", "-3M", "0.5", ".5", "5.", "7Ei", "1n", "2u", "64Mi", "1e3", "1E-2",
            "", ".", "+", "1.2.3", "lots", "1K", "1Kb", "1mi", "1ki", "12Gix", "1i", "--1", "1.5.Gi", "0x10", "1 Gi", "١"})
    void answersAsTheFullParse(String text) {
        assertThat(Quantities.problem(text)).as(text).isEqualTo(parseProblem(text));
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    /** Random strings over the characters quantities are made of. */
    @ParameterizedTest
    @MethodSource("seeds")
    void answersAsTheFullParseOnRandomText(long seed) {
        Random random = new Random(seed);
        String alphabet = "0123456789.+-eEinumkKMGTPx ";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Quantities.problem(text.toString())).as(text.toString()).isEqualTo(parseProblem(text.toString()));
        }
    }
}
