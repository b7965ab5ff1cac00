package io.dsstudio.simulation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The names laid over a snapshot's names answer every look-up, add and remove as a copy of them would. */
class OverlaidNamesTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void addsAndRemovesAsACopyWould(long seed) {
        Random random = new Random(seed);
        Set<String> base = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            base.add("ns/p" + random.nextInt(100));
        }
        Set<String> before = Set.copyOf(base);
        Set<String> copy = new HashSet<>(base);
        OverlaidNames overlaid = new OverlaidNames(base);
        for (int i = 0; i < 400; i++) {
            String name = "ns/p" + random.nextInt(120);
            switch (random.nextInt(3)) {
                case 0 -> assertThat(overlaid.add(name)).isEqualTo(copy.add(name));
                case 1 -> assertThat(overlaid.remove(name)).isEqualTo(copy.remove(name));
                default -> assertThat(overlaid.contains(name)).isEqualTo(copy.contains(name));
            }
            assertThat(overlaid.size()).isEqualTo(copy.size());
        }
        assertThat(new HashSet<>(overlaid)).isEqualTo(copy);
        assertThat(base).isEqualTo(before);
    }
}
