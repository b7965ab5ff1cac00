package io.dsstudio.yaml;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The check that stands in for reading a whole new text must not pass a text that would read otherwise. */
class SpliceCheckTest {
    private static final String TEXT = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n---\n"
            + "apiVersion: v1\nkind: Pod\nmetadata:\n  name: c\n";

    private final ManifestReader reader = new ManifestReader();
    private final ReadResult read = reader.readTextDetached("pods.yaml", TEXT);
    private final SourceFile file = read.files().get(0);
    private final List<DocumentSplitter.Chunk> chunks = DocumentSplitter.split(TEXT);
    /** Cuts b with the separator line before it. */
    private final List<ObjectRemover.Range> cutB = List.of(new ObjectRemover.Range(chunks.get(0).end(), chunks.get(1).end(), ""));

    private boolean holds(String newText, List<ObjectRemover.Range> removals, Set<KubeObject> doomed) {
        return new SpliceCheck(reader).holds(file, chunks, removals, List.of(), newText, read.objects(), doomed, Map.of());
    }

    @Test
    void holdsForTheTextWithTheDocumentCut() {
        String cut = ObjectRemover.replaceDisjoint(TEXT, cutB);
        assertThat(cut).isEqualTo("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: c\n");
        assertThat(holds(cut, cutB, Set.of(read.objects().get(1)))).isTrue();
    }

    @Test
    void failsWhenAKeptDocumentChanged() {
        String cut = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n";
        assertThat(holds(cut, cutB, Set.of(read.objects().get(1)))).isFalse();
    }

    @Test
    void failsWhenTheCutDocumentHeldAnObjectMeantToStay() {
        String cut = ObjectRemover.replaceDisjoint(TEXT, cutB);
        assertThat(holds(cut, cutB, Set.of(read.objects().get(2)))).isFalse();
    }

    @Test
    void failsWhenTheTextHoldsADocumentMore() {
        String merged = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: c\n---\n";
        assertThat(holds(merged, cutB, Set.of(read.objects().get(1)))).isFalse();
    }

    @Test
    void failsForARangeThatIsNotAWholeDocument() {
        List<ObjectRemover.Range> partial = List.of(new ObjectRemover.Range(chunks.get(1).offset(), chunks.get(1).end(), ""));
        String cut = ObjectRemover.replaceDisjoint(TEXT, partial);
        assertThat(holds(cut, partial, Set.of(read.objects().get(1)))).isFalse();
    }
}
