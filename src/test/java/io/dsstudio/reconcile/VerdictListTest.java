package io.dsstudio.reconcile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictListTest {
    private static List<NodeVerdict> verdicts(int count) {
        List<NodeVerdict> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new NodeVerdict("node-" + i, i % 3 == 0, true, List.of()));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 63, 64, 65, 130, 5000})
    void withReplacesOneVerdictAndLeavesTheOriginal(int size) {
        List<NodeVerdict> plain = verdicts(size);
        VerdictList list = VerdictList.of(plain);
        assertThat(list).isEqualTo(plain).hasSameHashCodeAs(plain);
        for (int i = 0; i < size; i += 61) {
            NodeVerdict changed = new NodeVerdict("node-" + i, false, false, List.of());
            VerdictList edited = list.with(i, changed);
            List<NodeVerdict> expected = new ArrayList<>(plain);
            expected.set(i, changed);
            assertThat(edited).isEqualTo(expected);
            assertThat(list).isEqualTo(plain);
        }
        assertThatThrownBy(() -> list.with(size, plain.isEmpty() ? null : plain.get(0))).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
