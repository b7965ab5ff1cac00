package io.dsstudio.yaml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The formatter-free reading of {@code 2024-05-01T10:00:00Z} agrees with {@link Instant#parse}. */
class PlainUtcTest {
    static IntStream seeds() {
        return IntStream.rangeClosed(1, 20);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void plainUtcAgreesWithInstantParse(int seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(253_402_300_799L)); // up to 9999-12-31
            String text = instant.toString();
            assertThat(FieldReader.plainUtc(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-04-31T00:00:00Z",
            "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z", "2024-01-01T00:00:60Z", "2024-01-01t00:00:00Z",
            "2024-01-01T00:00:00+00:00", "2024-01-01T00:00:00.5Z", "2024-1-01T00:00:00Z", "2024-01-01T00:0a:00Z"})
    void plainUtcLeavesOtherFormsToTheFormatters(String text) {
        assertThat(FieldReader.plainUtc(text)).isNull();
    }
}
