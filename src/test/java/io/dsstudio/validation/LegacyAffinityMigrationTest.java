package io.dsstudio.validation;

import io.dsstudio.domain.NodeSelectorRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The reusable migration behind the editor's one-click fix of the legacy affinity annotation. */
class LegacyAffinityMigrationTest {
    private static final String ANNOTATION = "{\"nodeAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":{\"nodeSelectorTerms\":["
            + "{\"matchExpressions\":[{\"key\":\"zone\",\"operator\":\"In\",\"values\":[\"a\",\"true\"]}]},"
            + "{\"matchFields\":[{\"key\":\"metadata.name\",\"operator\":\"In\",\"values\":[\"n1\"]}]}]},"
            + "\"preferredDuringSchedulingIgnoredDuringExecution\":[{\"weight\":1,\"preference\":{\"matchExpressions\":[{\"key\":\"ssd\",\"operator\":\"Exists\"}]}}]}}";

    @Test
    void migrateParsesTheNodeAffinity() {
        LegacyAffinityMigration.Migrated m = (LegacyAffinityMigration.Migrated) LegacyAffinityMigration.migrate(ANNOTATION);
        assertThat(m.nodeAffinity().requiredTerms()).hasSize(2);
        assertThat(m.nodeAffinity().requiredTerms().get(0).matchExpressions())
                .containsExactly(new NodeSelectorRequirement("zone", "In", java.util.List.of("a", "true")));
        assertThat(m.nodeAffinity().requiredTerms().get(1).matchFields())
                .containsExactly(new NodeSelectorRequirement("metadata.name", "In", java.util.List.of("n1")));
        assertThat(m.nodeAffinity().preferredTermCount()).isEqualTo(1);
    }

    @Test
    void migrateWritesTheFieldAsBlockYaml() {
        LegacyAffinityMigration.Migrated m = (LegacyAffinityMigration.Migrated) LegacyAffinityMigration.migrate(ANNOTATION);
        assertThat(m.yaml()).isEqualTo("""
                affinity:
                  nodeAffinity:
                    requiredDuringSchedulingIgnoredDuringExecution:
                      nodeSelectorTerms:
                      - matchExpressions:
                        - key: zone
                          operator: In
                          values:
                          - a
                          - "true"
                      - matchFields:
                        - key: metadata.name
                          operator: In
                          values:
                          - n1
                    preferredDuringSchedulingIgnoredDuringExecution:
                    - weight: 1
                      preference:
                        matchExpressions:
                        - key: ssd
                          operator: Exists
                """);
        assertThat(m.flowYaml()).startsWith("affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: "
                + "[{matchExpressions: [{key: zone, operator: In, values: [a, \"true\"]}]}");
    }

    @Test
    void migrateKeepsPodAffinityWithoutNodeAffinity() {
        LegacyAffinityMigration.Migrated m = (LegacyAffinityMigration.Migrated) LegacyAffinityMigration.migrate(
                "{\"podAntiAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":[{\"topologyKey\":\"kubernetes.io/hostname\"}]}}");
        assertThat(m.nodeAffinity()).isNull();
        assertThat(m.yaml()).contains("podAntiAffinity:").contains("topologyKey: kubernetes.io/hostname");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zone=a", "", "[1,2]", "{\"nodeAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":{\"nodeSelectorTerms\":{}}}}",
            "{\"nodeAffinity\":\"yes\"}", "{\"nodeAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":{\"nodeSelectorTerms\":[{\"matchExpressions\":[{\"key\":1}]}]}}}"})
    void migrateRejectsValuesThatAreNotAnAffinity(String value) {
        assertThat(LegacyAffinityMigration.migrate(value)).isInstanceOf(LegacyAffinityMigration.Unparsable.class);
    }
}
