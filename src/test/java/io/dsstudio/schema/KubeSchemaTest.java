package io.dsstudio.schema;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema resource the build generates from fabric8's model: version, kinds, types and the enum table. */
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

    /** Every enum of the table names a field the generated schema has, so the table cannot drift silently. */
    @Test
    void everyEnumOfTheTableNamesAFieldOfTheSchema() {
        for (Map.Entry<String, java.util.List<String>> e : SchemaEnums.BY_FIELD.entrySet()) {
            int dot = e.getKey().lastIndexOf('.');
            String type = e.getKey().substring(0, dot);
            String field = e.getKey().substring(dot + 1);
            SchemaStruct struct = find(type);
            assertThat(struct).as(e.getKey()).isNotNull();
            assertThat(struct.enumValues(field)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    private SchemaStruct podSpec() {
        return (SchemaStruct) schema.kind("Pod").field("spec");
    }

    /** Finds an object type by name, walking from the kinds we read. */
    private SchemaStruct find(String name) {
        java.util.Deque<SchemaType> todo = new java.util.ArrayDeque<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        schema.readKinds().forEach(k -> todo.add(schema.kind(k)));
        while (!todo.isEmpty()) {
            SchemaType t = todo.pop();
            if (t instanceof SchemaType.ListOf l) {
                todo.push(l.items());
            } else if (t instanceof SchemaType.MapOf m) {
                todo.push(m.values());
            } else if (t instanceof SchemaStruct s && seen.add(s.name())) {
                if (s.name().equals(name)) {
                    return s;
                }
                s.fieldNames().forEach(f -> todo.push(s.field(f)));
            }
        }
        return null;
    }
}
