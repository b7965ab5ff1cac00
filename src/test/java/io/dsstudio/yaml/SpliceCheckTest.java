package io.dsstudio.yaml;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The check that stands in for reading a whole new text must not pass a splice that would read otherwise. */
class SpliceCheckTest {
    private static String pod(String name) {
        return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n";
    }

    private static final String TEXT = pod("a") + "---\n" + pod("b") + "---\n" + pod("c");

    private final ManifestReader reader = new ManifestReader();
    private final ReadResult read = reader.readTextDetached("pods.yaml", TEXT);
    private final SourceFile file = read.files().get(0);
    private final List<DocumentSplitter.Chunk> chunks = DocumentSplitter.split(TEXT);
    /** Cuts b with the separator line before it. */
    private final List<ObjectRemover.Range> cutB = List.of(new ObjectRemover.Range(chunks.get(0).end(), chunks.get(1).end(), ""));

    private boolean holds(List<ObjectRemover.Range> removals, List<ObjectRemover.Range> replacements, Set<KubeObject> doomed) {
        return new SpliceCheck(reader).holds(file, chunks, removals, replacements, read.objects(), doomed, Map.of());
    }

    private ObjectRemover.Range replaceC(String text) {
        return new ObjectRemover.Range(chunks.get(2).offset(), chunks.get(2).end(), text);
    }

    @Test
    void holdsForADocumentCutWithItsSeparatorLine() {
        assertThat(ObjectRemover.replaceDisjoint(TEXT, cutB)).isEqualTo(pod("a") + "---\n" + pod("c"));
        assertThat(holds(cutB, List.of(), Set.of(read.objects().get(1)))).isTrue();
    }

    @Test
    void holdsForTheFirstDocumentCutWithTheSeparatorLineAfterIt() {
        List<ObjectRemover.Range> cutA = List.of(new ObjectRemover.Range(0, chunks.get(1).offset(), ""));
        assertThat(ObjectRemover.replaceDisjoint(TEXT, cutA)).isEqualTo(pod("b") + "---\n" + pod("c"));
        assertThat(holds(cutA, List.of(), Set.of(read.objects().get(0)))).isTrue();
    }

    @Test
    void failsWhenTheCutDocumentHeldAnObjectMeantToStay() {
        assertThat(holds(cutB, List.of(), Set.of(read.objects().get(2)))).isFalse();
    }

    @Test
    void failsForARangeThatLeavesTheSeparatorLineBehind() {
        List<ObjectRemover.Range> partial = List.of(new ObjectRemover.Range(chunks.get(1).offset(), chunks.get(1).end(), ""));
        assertThat(holds(partial, List.of(), Set.of(read.objects().get(1)))).isFalse();
    }

    @Test
    void failsForAReplacementThatIsTwoDocuments() {
        assertThat(holds(cutB, List.of(replaceC(pod("c") + "---\n" + pod("d"))), Set.of(read.objects().get(1)))).isFalse();
    }

    @Test
    void failsForAReplacementThatRunsIntoTheNextDocument() {
        List<ObjectRemover.Range> replaceB = List.of(new ObjectRemover.Range(chunks.get(1).offset(), chunks.get(1).end(),
                pod("b").strip()));
        assertThat(holds(List.of(), replaceB, Set.of())).isFalse();
    }

    @Test
    void holdsForAnEditedLastDocumentWithoutAFinalLineBreak() {
        assertThat(holds(cutB, List.of(replaceC(pod("c").strip())), Set.of(read.objects().get(1)))).isTrue();
    }
}
