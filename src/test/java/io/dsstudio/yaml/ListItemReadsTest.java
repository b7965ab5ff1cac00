package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A List read item by item ({@link ListItemReads}) reads as the whole document's read does: the same objects,
 * trees and positions (also once let go of and read again), the same mappings and the same diagnostics, whatever
 * the List holds; and it is read item by item whenever nothing in it could make the two reads differ.
 */
class ListItemReadsTest {
    private static final ManifestReader BY_ITEMS = new ManifestReader(ReadLimits.DEFAULT, 0);
    private static final ManifestReader WHOLE = new ManifestReader(ReadLimits.DEFAULT, -1);

    /** Something a List may hold besides a generated cluster's objects, and whether it is still read item by item. */
    enum Variation {
        PLAIN(true), COMMENTS_AND_BLANK_LINES(true), CRLF(true), FLOW_ITEM(true), ITEMS_FIRST(true),
        NESTED_LIST(true), ITEM_WITHOUT_KIND(true), SCALAR_ITEM(true), TRAILING_COMMENTS(true),
        SYNTAX_ERROR(false), UNKNOWN_LIST_FIELD(false), BLOCK_SCALAR(false), ANCHOR_AND_ALIAS(false),
        ITEMS_TWICE(false), INDENTED_ITEMS(false), KIND_NOT_A_LIST(false), TAB_LINE(false);

        final boolean byItems;

        Variation(boolean byItems) {
            this.byItems = byItems;
        }
    }

    static Stream<Arguments> lists() {
        return Stream.of(Variation.values()).flatMap(v -> IntStream.range(0, 3).mapToObj(seed -> Arguments.of(v, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("lists")
    void readsAsTheWholeDocumentsReadDoes(Variation variation, int seed) {
        String text = kubectlList(seed, variation);

        ReadResult byItems = BY_ITEMS.readText("list.yaml", text);
        ReadResult whole = WHOLE.readText("list.yaml", text);

        assertThat(byItems.diagnostics()).isEqualTo(whole.diagnostics());
        assertThat(byItems.objects()).isEqualTo(whole.objects());
        for (int i = 0; i < whole.objects().size(); i++) {
            KubeObject a = byItems.objects().get(i);
            KubeObject b = whole.objects().get(i);
            assertThat(a.itemIndex()).isEqualTo(b.itemIndex());
            assertThat(a.position()).isEqualTo(b.position());
            for (String field : List.of("metadata.name", "kind", "spec", "metadata.labels")) {
                assertThat(a.locate(field)).as("%s of %s", field, b).isEqualTo(b.locate(field));
            }
        }
        DocumentSplitter.Chunk list = DocumentSplitter.split(text).get(0);
        ListItemReads reads = new ListItemReads(new DocumentParser(ReadLimits.DEFAULT), ReadLimits.DEFAULT);
        SourceFile source = new SourceFile("list.yaml", Path.of("list.yaml"), text);
        assertThat(reads.read(source, list, null) != null).as("read item by item").isEqualTo(variation.byItems);
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("lists")
    void mappedAndLetGoOfItemsReadAgainAsTheWholeDocumentsDo(Variation variation, int seed) {
        String text = kubectlList(seed, variation);
        Function<KubeObject, Object> mapper = o -> o.kind() + "/" + o.name() + "@" + o.root().span();

        ManifestReader.MappedRead byItems = BY_ITEMS.readText("list.yaml", text, mapper);
        ManifestReader.MappedRead whole = WHOLE.readText("list.yaml", text, mapper);

        assertThat(byItems.mapped()).isEqualTo(whole.mapped());
        assertThat(byItems.read().diagnostics()).isEqualTo(whole.read().diagnostics());
        assertThat(byItems.read().objects()).isEqualTo(whole.read().objects()); // compares the trees read again
        for (KubeObject o : byItems.read().objects()) {
            assertThat(o.attached().root()).isEqualTo(o.root());
        }
    }

    @ParameterizedTest(name = "nesting limit {0}")
    @MethodSource("nestingLimits")
    void itemsNestedNearTheLimitReadAsTheWholeDocumentsDo(int limit) {
        ReadLimits limits = new ReadLimits(1 << 30, limit, 1000, 10L); // the general parser gives up on this whole List
        StringBuilder text = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
        for (int depth = 0; depth < 8; depth++) {
            text.append("- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: cm").append(depth).append("\n  data:\n");
            String indent = "    ";
            for (int d = 0; d < depth; d++, indent += "  ") {
                text.append(indent).append("k").append(d).append(":\n");
            }
            text.append(indent).append("leaf: x\n");
        }

        ReadResult byItems = new ManifestReader(limits, 0).readText("list.yaml", text.toString());
        ReadResult whole = new ManifestReader(limits, -1).readText("list.yaml", text.toString());

        assertThat(byItems.diagnostics()).isEqualTo(whole.diagnostics());
        assertThat(byItems.objects()).isEqualTo(whole.objects());
    }

    static IntStream nestingLimits() {
        return IntStream.rangeClosed(3, 14);
    }

    @Test
    void largeListIsReadItemByItemInBatchesWithTheDefaultThreshold() {
        String text = kubectlList(5, Variation.PLAIN, 250, 4);
        assertThat(text.length()).isGreaterThan(ManifestReader.LIST_BY_ITEMS_CHARS);

        ReadResult read = new ManifestReader().readText("list.yaml", text);

        assertThat(read.objects()).hasSizeGreaterThan(ListItemReads.BATCH * 3).isEqualTo(WHOLE.readText("list.yaml", text).objects());
        assertThat(read.objects().get(read.objects().size() - 1).itemIndex()).isEqualTo(read.objects().size() - 1);
    }

    @Test
    void anItemReadAgainReadsItsOwnWindowOnly() {
        String text = kubectlList(1, Variation.PLAIN);
        ReadResult read = BY_ITEMS.readTextDetached("list.yaml", text);

        KubeObject third = read.objects().get(2);
        assertThat(third.root()).isEqualTo(WHOLE.readText("list.yaml", text).objects().get(2).root());
        assertThat(third.documentReadAgain()).isTrue();
        assertThat(read.objects().get(3).documentReadAgain()).isFalse();
    }

    @Test
    void writeBackToALargeListWritesWhatTheWholeDocumentsReadWrites(@TempDir Path dir) throws Exception {
        String text = kubectlList(3, Variation.PLAIN, 250, 4);
        Path file = dir.resolve("list.yaml");
        Files.writeString(file, text);
        assertThat(text.length()).isGreaterThan(ManifestReader.LIST_BY_ITEMS_CHARS);

        List<String> byItems = writeBack(new SnapshotLoader(BY_ITEMS).load(List.of(file.toString())), dir);
        List<String> whole = writeBack(new SnapshotLoader(WHOLE).load(List.of(file.toString())), dir);

        assertThat(byItems).isEqualTo(whole);
        assertThat(byItems.get(0)).isNotEqualTo(text).contains("gpu: \"true\"");
    }

    @Test
    void editsOfAnItemReadAgainMakeTheWholeDocumentsText() throws Exception {
        String text = kubectlList(2, Variation.COMMENTS_AND_BLANK_LINES);
        KubeObject byItems = BY_ITEMS.readTextDetached("list.yaml", text).objects().get(4);
        KubeObject whole = WHOLE.readText("list.yaml", text).objects().get(4);
        List<ManifestEdit> edits = List.of(ManifestEdit.set("metadata.labels.edited", "yes"), ManifestEdit.remove("metadata.uid"));

        String edited = new ManifestEditor().apply(byItems, edits);

        assertThat(edited).isEqualTo(new ManifestEditor().apply(whole, edits)).isNotEqualTo(text);
    }

    /** The new texts of the files after a node is edited and two pods are removed. */
    private static List<String> writeBack(LoadedSnapshot loaded, Path dir) throws Exception {
        Snapshot s = loaded.snapshot();
        ClusterNode node = s.nodes().get(1);
        Map<String, String> labels = new LinkedHashMap<>(node.labels());
        labels.put("gpu", "true");
        List<ClusterNode> nodes = new ArrayList<>(s.nodes());
        nodes.set(1, node.withMeta(node.meta().withLabels(labels)).withTaints(List.of(Taint.of("gpu", "", "NoSchedule"))));
        List<Pod> pods = new ArrayList<>(s.pods());
        pods.remove(pods.size() - 1);
        pods.remove(7);
        Snapshot result = new Snapshot(nodes, s.daemonSets(), pods, s.revisions());
        return new SnapshotWriteBack().changes(loaded, result, List.of(), dir.resolve("new.yaml")).stream()
                .map(FileChange::newText).toList();
    }

    /** A generated cluster written as kubectl writes a List (kubectl get nodes,ds,pods -A -o yaml), with the variation. */
    static String kubectlList(int seed, Variation variation) {
        return kubectlList(seed, variation, 3 + seed * 3, 1 + seed % 3);
    }

    static String kubectlList(int seed, Variation variation, int nodes, int daemonSets) {
        Random random = new Random(seed * 31L + variation.ordinal());
        String generated = new ClusterGenerator().generate(new GeneratorOptions(nodes, daemonSets, seed, GeneratorOptions.DEFAULT_TIME));
        List<String> items = new ArrayList<>();
        for (DocumentSplitter.Chunk chunk : DocumentSplitter.split(generated)) {
            String item = asItem(chunk.text());
            if (item != null) {
                items.add(item);
            }
        }
        int at = random.nextInt(items.size());
        switch (variation) {
            case FLOW_ITEM -> items.add(at, "- {apiVersion: v1, kind: Node, metadata: {name: flow-node, labels: {a: b}}}\n");
            case NESTED_LIST -> items.add(at, "- apiVersion: v1\n  kind: List\n  items:\n  - {apiVersion: v1, kind: Node, metadata: {name: inner}}\n");
            case ITEM_WITHOUT_KIND -> items.add(at, "- apiVersion: v1\n  metadata:\n    name: kindless\n");
            case SCALAR_ITEM -> items.add(at, "- just a string\n");
            case SYNTAX_ERROR -> items.add(at, "- apiVersion: v1\n  kind: Node\n  metadata: {name: \"broken}\n");
            case BLOCK_SCALAR -> items.add(at, "- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: cm\n  data:\n    a: |\n      line one\n      line two\n");
            case ANCHOR_AND_ALIAS -> items.add(at, "- apiVersion: v1\n  kind: Node\n  metadata: &m\n    name: anchored\n  spec: *m\n");
            case TAB_LINE -> items.set(at, items.get(at) + "\t\n");
            default -> {
            }
        }
        StringBuilder body = new StringBuilder();
        for (String item : items) {
            body.append(item);
            if (variation == Variation.COMMENTS_AND_BLANK_LINES && random.nextInt(3) == 0) {
                body.append(random.nextBoolean() ? "# between items\n" : "\n").append(random.nextBoolean() ? "  # indented\n" : "");
            }
        }
        String header = "apiVersion: v1\nkind: " + (variation == Variation.KIND_NOT_A_LIST ? "Thing" : "List") + "\nmetadata:\n  resourceVersion: \"\"\n"
                + (variation == Variation.UNKNOWN_LIST_FIELD ? "extra: 1\n" : "");
        String itemsKey = variation == Variation.COMMENTS_AND_BLANK_LINES ? "items:   # the objects\n# first\n\n" : "items:\n";
        String itemsBlock = variation == Variation.INDENTED_ITEMS ? body.toString().indent(2) : body.toString();
        String text;
        if (variation == Variation.ITEMS_FIRST) {
            text = "apiVersion: v1\n" + itemsKey + itemsBlock + "kind: List\nmetadata:\n  resourceVersion: \"\"\n";
        } else if (variation == Variation.ITEMS_TWICE) {
            text = header + itemsKey + itemsBlock + itemsKey + items.get(0);
        } else {
            text = "# kubectl get nodes,ds,pods -A -o yaml\n" + header + itemsKey + itemsBlock;
        }
        if (variation == Variation.TRAILING_COMMENTS) {
            text += "# the end\n\n";
        }
        return variation == Variation.CRLF ? text.replace("\n", "\r\n") : text;
    }

    /** A document as a List item: "- " before its first line, its other lines indented by two. */
    private static String asItem(String document) {
        StringBuilder item = new StringBuilder();
        for (String line : document.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            item.append(item.isEmpty() ? "- " : "  ").append(line).append('\n');
        }
        return item.isEmpty() ? null : item.toString();
    }
}
