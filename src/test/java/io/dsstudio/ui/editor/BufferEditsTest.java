package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.ui.editor.PlacementFields.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Form edits, the legacy affinity migration and export, on demo DaemonSets through the real analyzer and splicer. */
class BufferEditsTest {
    private final EditorFixture fx = new EditorFixture();
    private final BufferEdits edits = new BufferEdits();

    private BufferAnalysis analyse(String text) {
        return new BufferAnalyzer(fx.messages).analyse(text, fx.state.snapshotProperty().get(), null);
    }

    private BufferAnalysis opened(String name) {
        EditorViewModel vm = fx.open(name);
        vm.analyse();
        return vm.analysisProperty().get();
    }

    static Stream<Arguments> fieldEdits() {
        return Stream.of(
                Arguments.of(Field.NODE_SELECTOR, "kubernetes.io/os=linux, pool=general", "        pool: general\n"),
                Arguments.of(Field.MAX_UNAVAILABLE, "25%", "      maxUnavailable: 25%\n"),
                Arguments.of(Field.MAX_SURGE, "1", "      maxSurge: 1\n"),
                Arguments.of(Field.MIN_READY_SECONDS, "30", "minReadySeconds: 30\n"),
                Arguments.of(Field.STRATEGY, "OnDelete", "    type: OnDelete\n"),
                Arguments.of(Field.TOLERATIONS, "*\nnode-role.kubernetes.io/control-plane:NoSchedule", "key: node-role.kubernetes.io/control-plane"),
                Arguments.of(Field.AFFINITY_TERMS, "kubernetes.io/arch In amd64,arm64; field:metadata.name NotIn n1", "- amd64\n"));
    }

    @ParameterizedTest
    @MethodSource("fieldEdits")
    void editOfOneFieldChangesItAndKeepsTheRestOfTheText(Field field, String value, String expected) throws Exception {
        BufferAnalysis before = opened("kube-proxy");
        String after = edits.apply(before, PlacementFields.edit(field, value, before.edited()));
        assertThat(after).contains(expected);
        BufferAnalysis reread = analyse(after);
        assertThat(reread.edited()).isNotNull();
        assertThat(PlacementFields.format(field, reread.edited())).as("the form shows what was entered").isEqualTo(value);
        // the metadata block is untouched, byte for byte
        String metadata = before.text().substring(0, before.text().indexOf("spec:"));
        assertThat(after).startsWith(metadata);
    }

    @Test
    void formatOfTolerationsAndTermsReadsBackToTheSameModel() throws Exception {
        BufferAnalysis nvidia = opened("nvidia-device-plugin");
        DaemonSet ds = nvidia.edited();
        for (Field field : List.of(Field.TOLERATIONS, Field.AFFINITY_TERMS, Field.NODE_SELECTOR)) {
            String shown = PlacementFields.format(field, ds);
            assertThat(PlacementFields.edit(field, shown, ds)).as(field.name()).isEmpty();
        }
        String rewritten = edits.apply(nvidia, List.of(io.dsstudio.yaml.ManifestEdit.set(Field.AFFINITY_TERMS.path,
                java.util.Map.of("nodeSelectorTerms", PlacementFields.format(Field.AFFINITY_TERMS, ds).lines().map(PlacementFields::term).toList()))));
        assertThat(analyse(rewritten).edited().template().spec().affinity()).isEqualTo(ds.template().spec().affinity());
    }

    @Test
    void emptiedFieldRemovesIt() throws Exception {
        BufferAnalysis before = opened("kube-proxy");
        String after = edits.apply(before, PlacementFields.edit(Field.NODE_SELECTOR, "", before.edited()));
        assertThat(after).doesNotContain("nodeSelector");
        assertThat(analyse(after).edited().template().spec().nodeSelector()).isEmpty();
    }

    @Test
    void malformedFieldIsRejectedWithAMessage() {
        BufferAnalysis before = opened("kube-proxy");
        assertThatThrownBy(() -> PlacementFields.edit(Field.NODE_SELECTOR, "novalue", before.edited()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=value");
        assertThatThrownBy(() -> PlacementFields.edit(Field.MIN_READY_SECONDS, "soon", before.edited()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void migrationMovesTheLegacyAnnotationIntoTheAffinityField() throws Exception {
        BufferAnalysis legacy = opened("local-volume-provisioner");
        assertThat(legacy.warnings()).anyMatch(w -> w.code().equals("LegacyAffinityAnnotation"));
        String migrated = edits.migrateLegacyAffinity(legacy).orElseThrow();
        assertThat(migrated).doesNotContain("scheduler.alpha.kubernetes.io/affinity").contains("requiredDuringSchedulingIgnoredDuringExecution");
        BufferAnalysis after = analyse(migrated);
        assertThat(after.warnings()).noneMatch(w -> w.code().equals("LegacyAffinityAnnotation"));
        assertThat(after.edited().template().spec().affinity().requiredTerms().get(0).matchExpressions())
                .containsExactly(new NodeSelectorRequirement("pool", "In", List.of("localssd")));
        assertThat(edits.migrateLegacyAffinity(opened("kube-proxy"))).isEmpty();
    }

    @Test
    void exportDropsServerOwnedFieldsAndKeepsTheSpec() throws Exception {
        BufferAnalysis proxy = opened("kube-proxy");
        String exported = ExportText.of(analyse(proxy.text() + "status:\n  desiredNumberScheduled: 3\n"));
        assertThat(exported).doesNotContain("uid:", "generation:", "creationTimestamp:", "status:", "deprecated.daemonset.template.generation")
                .contains("name: kube-proxy", "image: registry.k8s.io/kube-proxy:v1.30.4");
        BufferAnalysis reread = analyse(exported);
        assertThat(reread.hasErrors()).isFalse();
        assertThat(reread.edited().template()).isEqualTo(proxy.edited().template());
    }
}
