package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.schema.KubeSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A List's contents are read or reported, never dropped (kubectl reads a List's items as objects of their own). */
class ListEnvelopeTest {
    private static ReadResult read(String yaml) {
        return new ManifestReader().readText("list.yaml", yaml);
    }

    @Test
    void listFieldsAreUpstreamsListFields() {
        assertThat(ObjectClassifier.LIST_FIELDS).containsExactlyInAnyOrderElementsOf(KubeSchema.get().kind("List").fieldNames());
    }

    @ParameterizedTest(name = "items: {0}")
    @CsvSource(delimiter = '|', value = {
            "\"nope\"|found the scalar \"nope\"",
            "{a: 1}|found a mapping",
            "42|found the scalar \"42\""})
    void listWhoseItemsAreNotAListIsAnError(String items, String found) {
        ReadResult read = read("apiVersion: v1\nkind: List\nitems: " + items + "\n");
        assertThat(read.objects()).isEmpty();
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo("InvalidList");
            assertThat(d.message()).isEqualTo("items must be a list of objects, " + found);
            assertThat(d.position().line()).isEqualTo(3);
            assertThat(d.position().column()).isEqualTo(8);
        });
    }

    @Test
    void listItemThatIsNotAnObjectIsAnError() {
        ReadResult read = read("apiVersion: v1\nkind: List\nitems:\n- just a string\n- apiVersion: v1\n  kind: Node\n  metadata: {name: n1}\n");
        assertThat(read.objects()).extracting(KubeObject::name).containsExactly("n1");
        assertThat(read.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("NotAnObject"));
    }

    @Test
    void nestedListIsRejectedWithItsPlaceAndTheOtherItemsAreRead() {
        ReadResult read = read("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: List
                  items:
                  - {apiVersion: v1, kind: Node, metadata: {name: inner}}
                - {apiVersion: v1, kind: Node, metadata: {name: outer}}
                """);
        assertThat(read.objects()).extracting(KubeObject::name).containsExactly("outer");
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.field()).isEqualTo("items[0].kind");
            assertThat(d.message()).contains("a List inside a List is not read");
            assertThat(d.position().line()).isEqualTo(5);
        });
    }

    @Test
    void mistypedItemsKeyIsAnUnknownFieldWithTheKeyMeant() {
        ReadResult read = read("apiVersion: v1\nkind: List\nitem:\n- {apiVersion: v1, kind: Node, metadata: {name: n1}}\n");
        assertThat(read.diagnostics()).extracting(Diagnostic::message).containsExactly("unknown field \"item\": did you mean items?");
    }

    @Test
    void emptyListIsFine() {
        ReadResult read = read("apiVersion: v1\nkind: List\nitems: []\n");
        assertThat(read.objects()).isEmpty();
        assertThat(read.diagnostics()).isEmpty();
    }

    @Test
    void typedListsAreFlattenedLikeLists() {
        ReadResult read = read("apiVersion: v1\nkind: NodeList\nmetadata: {resourceVersion: \"1\"}\nitems:\n- {apiVersion: v1, kind: Node, metadata: {name: n1}}\n");
        assertThat(read.objects()).extracting(KubeObject::name).containsExactly("n1");
        assertThat(read.diagnostics()).isEmpty();
    }
}
