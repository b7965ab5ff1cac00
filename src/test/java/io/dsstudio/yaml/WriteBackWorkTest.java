package io.dsstudio.yaml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing a result back into a large file is linear: the work is counted (characters built, times the text is split
 * into documents), never timed. Before, every edit copied the whole file and every removed document split it again.
 */
class WriteBackWorkTest {
    private static String node(int i, String zone) {
        return "apiVersion: v1\nkind: Node\nmetadata:\n  name: n" + i + "\n  labels:\n    zone: " + zone + "   # kept\n"
                + "    pool: general\nspec:\n  podCIDR: 10.0." + (i % 250) + ".0/24\n";
    }

    private static String file(int nodes, Set<Integer> changed, Set<Integer> dropped) {
        StringBuilder out = new StringBuilder("# nodes\n");
        boolean first = true;
        for (int i = 0; i < nodes; i++) {
            if (dropped.contains(i)) {
                continue;
            }
            if (!first) {
                out.append("---\n");
            }
            first = false;
            out.append(node(i, changed.contains(i) ? "b" : "a"));
        }
        return out.toString();
    }

    private static Set<Integer> every(int step, int offset, int nodes) {
        Set<Integer> out = new HashSet<>();
        for (int i = offset; i < nodes; i += step) {
            out.add(i);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 2_000})
    void editingEveryTenthDocumentBuildsAboutTheFileOnceNotOncePerEdit(int nodes) throws Exception {
        String text = file(nodes, Set.of(), Set.of());
        ReadResult read = new ManifestReader().readText("nodes.yaml", text);
        Set<Integer> changed = every(10, 3, nodes);
        List<ManifestEditor.ObjectEdit> edits = new ArrayList<>();
        for (int i : changed) {
            edits.add(new ManifestEditor.ObjectEdit(read.objects().get(i), ManifestEdit.set("metadata.labels[zone]", "b")));
        }

        ManifestEditor.Edited edited = new ManifestEditor().edit(read.files().get(0), edits);

        assertThat(edited.text()).isEqualTo(file(nodes, changed, Set.of()));
        // the file once, plus each edited document once per edit (the old way: the whole file once per edit)
        long documentSize = node(nodes, "b").length() + 4;
        assertThat(edited.charactersBuilt()).isLessThanOrEqualTo(text.length() + 2L * changed.size() * documentSize);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 2_000})
    void removingHalfTheDocumentsSplitsTheTextOnce(int nodes) throws Exception {
        String text = file(nodes, Set.of(), Set.of());
        ReadResult read = new ManifestReader().readTextDetached("nodes.yaml", text);
        Set<Integer> dropped = every(2, 1, nodes);
        Set<KubeObject> doomed = new HashSet<>();
        for (int i : dropped) {
            doomed.add(read.objects().get(i));
        }
        ObjectRemover remover = new ObjectRemover();

        String result = remover.remove(read.files().get(0), text, read.objects(), doomed);

        assertThat(result).isEqualTo(file(nodes, Set.of(), dropped));
        assertThat(remover.textsSplit()).isEqualTo(1);
    }
}
