package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API server's validation (pkg/apis/core/validation) of the parts of Nodes and pod templates the tool reads or
 * writes, its defaulting (SetDefaults_Volume) and its warnings (pkg/api/pod/warnings.go).
 */
class ApiServerTreeRulesTest {
    private static final String NODE = """
            apiVersion: v1
            kind: Node
            metadata:
              name: #NAME#
              labels:
                #LABEL#
            spec:
              taints:
              #TAINTS#
            """;

    private static List<Diagnostic> node(String name, String label, String taints) {
        return SchemaValidationTest.read(NODE.replace("#NAME#", name).replace("#LABEL#", label).replace("#TAINTS#", taints));
    }

    private static List<Diagnostic> podSpec(String spec) {
        return SchemaValidationTest.read("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent, namespace: kube-system}
                spec:
                  selector:
                    matchLabels: {app: agent}
                  template:
                    metadata:
                      labels: {app: agent}
                    spec:
                """ + spec.indent(6));
    }

    @Test
    void validNodeHasNoFindings() {
        assertThat(node("node-1.example.com", "kubernetes.io/os: linux", "- {key: gpu, value: \"true\", effect: NoSchedule}")).isEmpty();
    }

    @Test
    void nodeNameMustBeADns1123Subdomain() {
        assertThat(node("Bad_Node", "a: b", "  []")).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("metadata.name");
            assertThat(d.message()).startsWith("Invalid value: \"Bad_Node\": a lowercase RFC 1123 subdomain");
            assertThat(d.position().line()).isEqualTo(4);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'\"bad key!\": x'|Invalid value: \"bad key!\": name part must consist of alphanumeric characters",
            "'/empty-prefix: x'|Invalid value: \"/empty-prefix\": prefix part must be non-empty",
            "'ok: \"bad value!\"'|Invalid value: \"bad value!\": a valid label must be an empty string"})
    void nodeLabelsMustBeValid(String label, String message) {
        assertThat(node("n1", label, "  []")).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("metadata.labels");
            assertThat(d.message()).startsWith(message);
        });
    }

    @Test
    void taintEffectMustBeOneOfTheThree() {
        assertThat(node("n1", "a: b", "- {key: gpu, effect: Sometimes}")).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("spec.taints[0].effect");
            assertThat(d.message()).isEqualTo("Unsupported value: \"Sometimes\": supported values: \"NoExecute\", \"NoSchedule\", \"PreferNoSchedule\"");
        });
    }

    @Test
    void taintNeedsAKeyAndAnEffectAndIsUniqueByBoth() {
        assertThat(node("n1", "a: b", "- {value: x}\n  - {key: a, effect: NoSchedule}\n  - {key: a, effect: NoSchedule}"))
                .extracting(d -> d.field() + " " + d.type())
                .containsExactly("spec.taints[0].key Required", "spec.taints[0].effect Required", "spec.taints[2] Duplicate");
    }

    @Test
    void volumeWithoutASourceIsDefaultedToEmptyDir() {
        assertThat(podSpec("""
                volumes: [{name: scratch}]
                containers:
                - name: c
                  image: i
                  volumeMounts: [{name: scratch, mountPath: /scratch}]
                """)).isEmpty();
    }

    @Test
    void volumeWithTwoSourcesIsForbidden() {
        assertThat(podSpec("volumes: [{name: v, emptyDir: {}, hostPath: {path: /x}}]\ncontainers: [{name: c, image: i}]"))
                .singleElement().satisfies(d -> {
                    assertThat(d.field()).isEqualTo("spec.template.spec.volumes[0].hostPath");
                    assertThat(d.message()).isEqualTo("Forbidden: may not specify more than 1 volume type");
                });
    }

    @Test
    void volumeMountMustNameAVolume() {
        assertThat(podSpec("containers: [{name: c, image: i, volumeMounts: [{name: data, mountPath: /data}]}]"))
                .singleElement().satisfies(d -> {
                    assertThat(d.field()).isEqualTo("spec.template.spec.containers[0].volumeMounts[0].name");
                    assertThat(d.message()).isEqualTo("Not found: \"data\"");
                });
    }

    @Test
    void volumeMountNeedsAUniqueMountPath() {
        assertThat(podSpec("""
                volumes: [{name: a, emptyDir: {}}, {name: b, emptyDir: {}}]
                initContainers: [{name: i, image: i, volumeMounts: [{name: a, mountPath: /x}, {name: b, mountPath: /x}]}]
                containers: [{name: c, image: i, volumeMounts: [{name: a}]}]
                """)).extracting(Diagnostic::field, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("spec.template.spec.containers[0].volumeMounts[0].mountPath", "Required value"),
                org.assertj.core.groups.Tuple.tuple("spec.template.spec.initContainers[0].volumeMounts[1].mountPath",
                        "Invalid value: \"/x\": must be unique"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'{name: \"A=B\", value: x}'|spec.template.spec.containers[0].env[0].name|Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
            "'{value: x}'|spec.template.spec.containers[0].env[0].name|Required value",
            "'{name: A, value: x, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}'|spec.template.spec.containers[0].env[0].valueFrom|Invalid value: \"\": may not be specified when `value` is not empty"})
    void envVarsAreValidated(String env, String field, String message) {
        assertThat(podSpec("containers: [{name: c, image: i, env: [" + env + "]}]")).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo(field);
            assertThat(d.message()).isEqualTo(message);
        });
    }

    @Test
    void relaxedEnvVarNamesAreAccepted() {
        assertThat(podSpec("containers: [{name: c, image: i, env: [{name: \"1st.var-name with space\", value: x}]}]")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'{limits: {cpu: 100m}, requests: {cpu: 200m}}'|spec.template.spec.containers[0].resources.requests|Invalid value: \"200m\": must be less than or equal to cpu limit of 100m",
            "'{limits: {memory: 1Gi}, requests: {memory: 2Gi}}'|spec.template.spec.containers[0].resources.requests|Invalid value: \"2Gi\": must be less than or equal to memory limit of 1Gi",
            "'{limits: {nvidia.com/gpu: 2}, requests: {nvidia.com/gpu: 1}}'|spec.template.spec.containers[0].resources.requests|Invalid value: \"1\": must be equal to nvidia.com/gpu limit of 2",
            "'{requests: {cpu: -1}}'|spec.template.spec.containers[0].resources.requests[cpu]|Invalid value: \"-1\": must be greater than or equal to 0"})
    void resourcesAreValidated(String resources, String field, String message) {
        assertThat(podSpec("containers: [{name: c, image: i, resources: " + resources + "}]")).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.field()).isEqualTo(field);
            assertThat(d.message()).isEqualTo(message);
        });
    }

    @Test
    void requestsEqualToLimitsInAnotherUnitAreAccepted() {
        assertThat(podSpec("containers: [{name: c, image: i, resources: {limits: {cpu: \"1\", memory: 1Gi}, requests: {cpu: 1000m, memory: 1073741824}}}]"))
                .isEmpty();
    }

    @Test
    void negativeTerminationGracePeriodIsAWarningTreatedAsOne() {
        assertThat(podSpec("terminationGracePeriodSeconds: -5\ncontainers: [{name: c, image: i}]")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.field()).isEqualTo("spec.template.spec.terminationGracePeriodSeconds");
            assertThat(d.message()).isEqualTo("must be >= 0; negative values are invalid and will be treated as 1");
        });
    }
}
