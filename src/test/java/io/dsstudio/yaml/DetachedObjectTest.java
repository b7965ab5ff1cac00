package io.dsstudio.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A loaded snapshot's objects let go of their trees; reading them again must give exactly the trees, document
 * indexes and positions a plain read keeps.
 */
class DetachedObjectTest {
    static Stream<Path> realWorldFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/realworld"))) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realWorldFiles")
    void detachedObjectsReadTheirTreesAgain(Path file) throws InputPathException {
        List<KubeObject> held = new ManifestReader().read(List.of(file.toString())).objects();
        List<KubeObject> detached = new SnapshotLoader().load(List.of(file.toString())).read().objects();
        assertSameObjects(held, detached);
    }

    @Test
    void aDocumentKeepsNothingForReadingAgainUntilItIsReadAgain() {
        String text = "apiVersion: v1\nkind: Node\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Node\nmetadata:\n  name: b\n";
        List<KubeObject> objects = new SnapshotLoader().loadText("two.yaml", text).read().objects();
        assertThat(objects).noneMatch(KubeObject::documentReadAgain);
        assertThat(objects.get(1).root().get("metadata")).isNotNull();
        assertThat(objects.get(0).documentReadAgain()).isFalse();
        assertThat(objects.get(1).documentReadAgain()).isTrue();
    }

    @Test
    void detachedObjectsOfListsAndJsonStreamsReadTheirItemsAgain() {
        String list = "# comment\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata: {name: a}\n"
                + "- apiVersion: v1\n  kind: Node\n  metadata:\n    name: b\n---\n---\nbroken: [\n---\n"
                + "apiVersion: v1\nkind: Node\nmetadata:\n  name: c\n  labels: &l {x: y}\n  annotations: *l\n";
        String json = "{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"j1\"}}\n"
                + "{\"apiVersion\":\"v1\",\"kind\":\"NodeList\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"j2\"}}]}";
        for (String[] input : new String[][]{{"list.yaml", list}, {"stream.json", json}}) {
            List<KubeObject> held = new ManifestReader().readText(input[0], input[1]).objects();
            List<KubeObject> detached = new SnapshotLoader().loadText(input[0], input[1]).read().objects();
            assertThat(held).isNotEmpty();
            assertSameObjects(held, detached);
        }
    }

    @Test
    void itemsOfADetachedListShareOneReadOfTheList() {
        StringBuilder list = new StringBuilder("apiVersion: v1\nkind: NodeList\nitems:\n");
        for (int i = 0; i < 50; i++) {
            list.append("- apiVersion: v1\n  kind: Node\n  metadata:\n    name: n").append(i).append('\n');
        }
        List<KubeObject> items = new SnapshotLoader().loadText("nodes.yaml", list.toString()).read().objects();
        assertThat(items).hasSize(50);
        // The first item reads the List again; the others (and the first, asked again) are taken from that read.
        YMap first = items.get(0).root();
        assertThat(items.get(0).root()).isSameAs(first);
        assertThat(items.get(49).root()).isSameAs(items.get(49).root());
        assertThat(items.get(49).locate("metadata.name").line()).isEqualTo(4 + 49 * 4 + 3);
    }

    private static void assertSameObjects(List<KubeObject> held, List<KubeObject> detached) {
        assertThat(detached).hasSameSizeAs(held);
        for (int i = 0; i < held.size(); i++) {
            KubeObject a = held.get(i);
            KubeObject b = detached.get(i);
            assertThat(b.documentIndex()).as("document index of %s", a).isEqualTo(a.documentIndex());
            assertThat(b.itemIndex()).isEqualTo(a.itemIndex());
            assertThat(b.position()).isEqualTo(a.position());
            assertThat(b.root()).as("tree of %s", a).isEqualTo(a.root());
            assertThat(b).isEqualTo(a);
        }
    }
}
