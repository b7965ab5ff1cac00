package io.dsstudio.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema resource the build generates from fabric8's model: version, kinds and types (enums: UpstreamEnumsTest). */
class KubeSchemaTest {
    private final KubeSchema schema = KubeSchema.get();

    @Test
    void schemaFollowsTheKubernetesVersionOfFabric8sModel() {
        assertThat(schema.kubernetesVersion()).isEqualTo("1.37.0");
    }

    @Test
    void schemaHasEveryKindTheToolReads() {
        assertThat(schema.readKinds()).containsExactlyInAnyOrder("DaemonSet", "Node", "Pod", "ControllerRevision", "List");
    }

    @Test
    void daemonSetSpecHasUpstreamsFields() {
        SchemaStruct spec = (SchemaStruct) schema.kind("DaemonSet").field("spec");
        assertThat(spec.fieldNames()).containsExactlyInAnyOrder("minReadySeconds", "revisionHistoryLimit", "selector",
                "template", "updateStrategy");
        SchemaStruct podSpec = (SchemaStruct) ((SchemaStruct) spec.field("template")).field("spec");
        assertThat(podSpec.field("nodeSelector")).isEqualTo(new SchemaType.MapOf(SchemaType.Scalar.STRING));
        assertThat(podSpec.field("terminationGracePeriodSeconds")).isEqualTo(SchemaType.Scalar.INT64);
        assertThat(podSpec.field("nodeSelecter")).isNull();
        assertThat(podSpec.field("containers").goName()).isEqualTo("[]v1.Container");
    }

    @Test
    void quantitiesAndIntOrStringsKeepTheirOwnTypes() {
        SchemaStruct container = (SchemaStruct) ((SchemaType.ListOf) podSpec().field("containers")).items();
        SchemaStruct resources = (SchemaStruct) container.field("resources");
        assertThat(resources.field("limits")).isEqualTo(new SchemaType.MapOf(SchemaType.Scalar.QUANTITY));
        SchemaStruct rolling = (SchemaStruct) ((SchemaStruct) ((SchemaStruct) schema.kind("DaemonSet").field("spec"))
                .field("updateStrategy")).field("rollingUpdate");
        assertThat(rolling.field("maxUnavailable")).isEqualTo(SchemaType.Scalar.INT_OR_STRING);
    }

    @Test
    void knownKindsComeFromTheModelNotFromTheKindsWeRead() {
        assertThat(schema.isKnownKind("Job")).isTrue();
        assertThat(schema.isKnownKind("Role")).isTrue();
        assertThat(schema.isKnownKind("Daemonset")).isFalse();
    }

    private SchemaStruct podSpec() {
        return (SchemaStruct) schema.kind("Pod").field("spec");
    }
}
