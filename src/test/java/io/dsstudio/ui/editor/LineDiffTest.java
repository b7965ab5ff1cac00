package io.dsstudio.ui.editor;

import io.dsstudio.ui.editor.LineDiff.Kind;
import io.dsstudio.ui.editor.LineDiff.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {
    @Test
    void ofMarksTheChangedLineBetweenUnchangedOnes() {
        List<Line> diff = LineDiff.of("a\nb\nc\n", "a\nB\nc\n");
        assertThat(diff).containsExactly(new Line(Kind.SAME, "a"), new Line(Kind.ADDED, "B"), new Line(Kind.REMOVED, "b"),
                new Line(Kind.SAME, "c"), new Line(Kind.SAME, ""));
        assertThat(LineDiff.changes(LineDiff.of("x\n", "x\n"))).isFalse();
        assertThat(LineDiff.of("", "new\n")).extracting(Line::kind).containsOnly(Kind.ADDED);
    }

    /** Property: dropping ADDED lines gives the old text, dropping REMOVED lines the new one. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void ofReconstructsBothTexts(long seed) {
        Random random = new Random(seed);
        List<String> a = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            a.add("line" + random.nextInt(8));
        }
        List<String> b = new ArrayList<>(a);
        for (int i = 0; i < 10; i++) {
            int at = random.nextInt(b.size());
            if (random.nextBoolean()) {
                b.remove(at);
            } else {
                b.add(at, "new" + random.nextInt(5));
            }
        }
        List<Line> diff = LineDiff.of(String.join("\n", a), String.join("\n", b));
        assertThat(diff.stream().filter(l -> l.kind() != Kind.ADDED).map(Line::text).toList()).isEqualTo(a);
        assertThat(diff.stream().filter(l -> l.kind() != Kind.REMOVED).map(Line::text).toList()).isEqualTo(b);
    }
}
