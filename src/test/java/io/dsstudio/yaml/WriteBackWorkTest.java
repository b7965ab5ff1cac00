package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static String pod(int i) {
        return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p" + i + "\n  namespace: default\nspec:\n  nodeName: n" + (i % 7) + "\n";
    }

    /** Seven nodes, then {@code pods} pods (those in {@code dropped} left out); node 3 in zone {@code zone}. */
    private static String cluster(int pods, Set<Integer> dropped, String zone) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            out.append(i == 0 ? "" : "---\n").append(node(i, i == 3 ? zone : "a"));
        }
        for (int i = 0; i < pods; i++) {
            if (!dropped.contains(i)) {
                out.append("---\n").append(pod(i));
            }
        }
        return out.toString();
    }

    private static Snapshot without(Snapshot s, Set<Integer> dropped, String zoneOfNode3) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (ClusterNode n : s.nodes()) {
            Map<String, String> labels = new LinkedHashMap<>(n.labels());
            if (n.name().equals("n3")) {
                labels.put("zone", zoneOfNode3);
            }
            nodes.add(n.withMeta(n.meta().withLabels(labels)));
        }
        List<Pod> pods = s.pods().stream().filter(p -> !dropped.contains(Integer.parseInt(p.name().substring(1)))).toList();
        return new Snapshot(nodes, s.daemonSets(), pods, s.revisions());
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 2_000})
    void writingARolloutBackReadsOnlyTheEditedDocumentsAgain(int pods, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("cluster.yaml");
        Files.writeString(file, cluster(pods, Set.of(), "a"));
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(file.toString()));
        Set<Integer> dropped = every(3, 1, pods);
        SnapshotWriteBack writeBack = new SnapshotWriteBack();

        List<FileChange> changes = writeBack.changes(loaded, without(loaded.snapshot(), dropped, "b"), List.of(), dir.resolve("new.yaml"));

        assertThat(changes).singleElement().extracting(FileChange::newText).isEqualTo(cluster(pods, dropped, "b"));
        // the documents around the cuts are compared, not parsed: only the edited node is read again
        assertThat(writeBack.wholeTextsRead()).isZero();
    }

    @Test
    void aCutTheDocumentsCannotAccountForIsCheckedByReadingTheWholeText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cluster.yaml");
        Files.writeString(file, "# the pods\n" + pod(0) + "---\n" + pod(1));
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(file.toString()));
        SnapshotWriteBack writeBack = new SnapshotWriteBack();

        // the first document goes, but the file's leading comment stays: the documents no longer line up
        List<FileChange> changes = writeBack.changes(loaded, without(loaded.snapshot(), Set.of(0), "a"), List.of(), dir.resolve("new.yaml"));

        assertThat(changes).singleElement().extracting(FileChange::newText).isEqualTo("# the pods\n" + pod(1));
        assertThat(writeBack.wholeTextsRead()).isEqualTo(1);
    }
}
