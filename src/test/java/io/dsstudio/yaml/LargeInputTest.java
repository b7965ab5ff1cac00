package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs past SnakeYAML's defaults: a 4 MB {@code kind: List} and one document of more than 3 M code points. */
class LargeInputTest {
    private static String node(int i) {
        return """
                - apiVersion: v1
                  kind: Node
                  metadata:
                    name: node-%1$05d
                    labels:
                      kubernetes.io/hostname: node-%1$05d
                      kubernetes.io/os: linux
                      topology.kubernetes.io/zone: zone-%2$d
                  spec:
                    taints:
                    - key: dedicated
                      value: batch
                      effect: NoSchedule
                  status:
                    capacity: {cpu: "8", memory: 32Gi, pods: "110"}
                    conditions:
                    - type: Ready
                      status: "True"
                      lastTransitionTime: "2024-05-01T10:00:00Z"
                """.formatted(i, i % 3);
    }

    /** A List's items are mapped in parallel: the result is what the same objects as separate documents give, in order. */
    @Test
    void aLargeListReadsAsItsItemsAsSeparateDocumentsDo() {
        StringBuilder list = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
        StringBuilder documents = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            list.append(node(i));
            documents.append("---\n").append(node(i).replaceFirst("- ", "").replace("\n  ", "\n"));
        }
        LoadedSnapshot fromList = new SnapshotLoader().loadText("list.yaml", list.toString());
        LoadedSnapshot fromDocuments = new SnapshotLoader().loadText("docs.yaml", documents.toString());
        assertThat(fromList.diagnostics()).isEmpty();
        assertThat(fromList.snapshot().nodes()).hasSize(1_000).isEqualTo(fromDocuments.snapshot().nodes());
    }

    @Test
    void loadReadsFourMegabyteNodeList() {
        StringBuilder text = new StringBuilder("apiVersion: v1\nkind: NodeList\nitems:\n");
        int count = 0;
        while (text.length() < 4 * 1024 * 1024) {
            text.append(node(count++));
        }

        LoadedSnapshot loaded = new SnapshotLoader().loadText("nodes.yaml", text.toString());

        assertThat(loaded.diagnostics()).isEmpty();
        List<ClusterNode> nodes = loaded.snapshot().nodes();
        assertThat(nodes).hasSize(count);
        ClusterNode last = nodes.get(count - 1);
        assertThat(last.meta().name()).isEqualTo("node-%05d".formatted(count - 1));
        assertThat(last.taints()).hasSize(1);
        KubeObject source = loaded.read().objects().get(count - 1);
        assertThat(source.itemIndex()).isEqualTo(count - 1);
        int linesPerNode = node(0).split("\n").length;
        assertThat(source.locate("metadata.name"))
                .isEqualTo(new SourcePosition("nodes.yaml", 3 + (count - 1) * linesPerNode + 4, 5));
    }

    @Test
    void loadReadsSingleDocumentLargerThanSnakeYamlDefaultCodePointLimit() {
        // SnakeYAML refuses documents over 3 MB of code points unless LoaderOptions.codePointLimit is raised.
        String emoji = "\uD83D\uDE80";
        StringBuilder text = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n");
        int keys = 0;
        int codePoints = text.length();
        while (codePoints < 3_500_000) {
            int before = text.length();
            text.append("  key-").append(keys++).append(": ").append(emoji).append(" launch ").append("x".repeat(40)).append('\n');
            codePoints += text.length() - before - 1;
        }
        text.append("  last: done\n");

        ReadResult read = new ManifestReader().readText("big.yaml", text.toString());

        assertThat(text.codePointCount(0, text.length())).isGreaterThan(3 * 1024 * 1024);
        assertThat(read.diagnostics()).isEmpty();
        YMap data = (YMap) read.objects().get(0).root().get("data");
        assertThat(data.entries()).hasSize(keys + 1);
        YEntry last = data.entry("last");
        assertThat(last.keySpan().line()).isEqualTo(5 + keys + 1);
        // offsets are UTF-16 units into the file even with characters outside the BMP before them
        assertThat(text.substring(last.keySpan().start(), last.value().span().end())).isEqualTo("last: done");
    }

    @Test
    void editAfterCharactersOutsideTheBmpSplicesAtTheRightPlace() throws Exception {
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \uD83D\uDE80rocket\ndata: {a: \"\uD83D\uDE00\", b: x}\n";
        KubeObject object = ManifestEditorTest.object("emoji.yaml", text, 0);

        String edited = new ManifestEditor().apply(object, List.of(ManifestEdit.set("data.b", "y-\uD83D\uDE00")));

        assertThat(edited).isEqualTo(text.replace("b: x}", "b: y-\uD83D\uDE00}"));
    }
}
