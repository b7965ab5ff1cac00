package io.dsstudio.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The regex-free checks accept exactly what {@link LabelSyntax} accepts, on seeded random label-like strings. */
class LabelSyntaxFastTest {
    private static final String ALPHABET = "abcXYZ019-_./ !é";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void fastChecksAgreeWithLabelSyntax(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            String s = randomString(random);
            assertThat(LabelSyntaxFast.qualifiedName(s)).as("qualifiedName %s", s).isEqualTo(LabelSyntax.qualifiedName(s).isEmpty());
            assertThat(LabelSyntaxFast.labelValue(s)).as("labelValue %s", s).isEqualTo(LabelSyntax.labelValue(s).isEmpty());
            assertThat(LabelSyntaxFast.dns1123Subdomain(s)).as("dns1123Subdomain %s", s).isEqualTo(LabelSyntax.dns1123Subdomain(s).isEmpty());
        }
    }

    private static String randomString(Random random) {
        int length = random.nextInt(10) == 0 ? 60 + random.nextInt(200) : random.nextInt(12);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(random.nextBoolean() ? 5 : ALPHABET.length())));
        }
        return out.toString();
    }
}
