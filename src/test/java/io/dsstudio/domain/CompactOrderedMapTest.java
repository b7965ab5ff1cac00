package io.dsstudio.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactOrderedMapTest {
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Random maps of 0..40 entries (both lookup modes), keys sometimes null, values sometimes null. */
    @ParameterizedTest
    @MethodSource("seeds")
    void copyOrderedBehavesAsTheLinkedHashMapItCopies(long seed) {
        Random random = new Random(seed);
        Map<String, String> source = new LinkedHashMap<>();
        int size = random.nextInt(41);
        for (int i = 0; i < size; i++) {
            String key = random.nextInt(30) == 0 ? null : "k" + random.nextInt(60);
            source.put(key, random.nextInt(10) == 0 ? null : "v" + random.nextInt(5));
        }
        Map<String, String> copy = Collections2.copyOrdered(source);

        assertThat(copy).hasSameSizeAs(source);
        assertThat(new ArrayList<>(copy.entrySet())).isEqualTo(new ArrayList<>(source.entrySet()));
        assertThat(new ArrayList<>(copy.keySet())).isEqualTo(new ArrayList<>(source.keySet()));
        assertThat(copy).isEqualTo(source);
        assertThat(source).isEqualTo(copy);
        assertThat(copy.hashCode()).isEqualTo(source.hashCode());
        assertThat(copy.toString()).isEqualTo(source.toString());
        // an empty copy is Map.of(), which (as before) rejects null lookups
        for (int k = source.isEmpty() ? 0 : -1; k < 60; k++) {
            String key = k < 0 ? null : "k" + k;
            // a different String instance than the map's key, so lookups cannot rely on identity
            String probe = key == null ? null : new String(key.toCharArray());
            assertThat(copy.get(probe)).as(key).isEqualTo(source.get(key));
            assertThat(copy.containsKey(probe)).as(key).isEqualTo(source.containsKey(key));
        }
        List<String> visited = new ArrayList<>();
        copy.forEach((k, v) -> visited.add(k + "=" + v));
        List<String> expected = new ArrayList<>();
        source.forEach((k, v) -> expected.add(k + "=" + v));
        assertThat(visited).isEqualTo(expected);
    }

    @Test
    void copyOrderedKeepsItsCopyAndIsImmutable() {
        Map<String, String> copy = Collections2.copyOrdered(Map.of("a", "1"));
        assertThat(Collections2.copyOrdered(copy)).isSameAs(copy);
        assertThatThrownBy(() -> copy.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Collections2.copyOrdered(new HashMap<String, String>())).isEmpty();
    }
}
