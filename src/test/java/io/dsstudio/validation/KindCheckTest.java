package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A kind close to one the tool reads is an error with the kind meant; real kinds and custom resources are not. */
class KindCheckTest {
    private static List<Diagnostic> read(String apiVersion, String kind) {
        return SchemaValidationTest.read("apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata: {name: x}\n");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "apps/v1, Daemonset, DaemonSet",
            "apps/v1, DeamonSet, DaemonSet",
            "apps/v1, daemonset, DaemonSet",
            "v1, Nodes, Node",
            "v1, node, Node",
            "v1, Pods, Pod",
            "apps/v1, ControllerRevison, ControllerRevision"})
    void mistypedKindIsAnErrorWithTheKindMeant(String apiVersion, String kind, String meant) {
        assertThat(read(apiVersion, kind)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo("UnknownKind");
            assertThat(d.field()).isEqualTo("kind");
            assertThat(d.message()).isEqualTo("no matches for kind \"" + kind + "\" in version \"" + apiVersion
                    + "\": did you mean " + meant + "?");
            assertThat(d.position().line()).isEqualTo(2);
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "batch/v1, Job",
            "rbac.authorization.k8s.io/v1, Role",
            "v1, ConfigMap",
            "v1, PodTemplate",
            "example.com/v1, Nodes",
            "example.com/v1, Pot"})
    void realKindsAndCustomResourcesAreNotTypos(String apiVersion, String kind) {
        assertThat(read(apiVersion, kind)).isEmpty();
    }
}
