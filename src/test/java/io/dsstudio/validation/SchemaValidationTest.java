package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Severity;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict decoding against the upstream schema, as the API server does it since strict field validation became the
 * default (1.27): unknown fields, values of the wrong type, malformed quantities and enum values, each at its place.
 */
class SchemaValidationTest {
    /** A valid DaemonSet; {@code #SPEC#} stands for more fields of the pod spec, {@code #C#} for more container fields. */
    private static final String DAEMONSET = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  #SPEC#
                  containers:
                  - name: agent
                    image: agent:1
                    #C#
            """;

    static List<Diagnostic> read(String yaml) {
        LoadedSnapshot loaded = new SnapshotLoader().loadText("ds.yaml", yaml);
        return loaded.diagnostics();
    }

    private static String daemonSet(String spec, String container) {
        return DAEMONSET.replace("#SPEC#", spec).replace("#C#", container);
    }

    @Test
    void validDaemonSetHasNoFindings() {
        assertThat(read(daemonSet("hostNetwork: true", "imagePullPolicy: IfNotPresent"))).isEmpty();
    }

    @Test
    void unknownFieldInADaemonSetIsAnErrorWordedAsKubectlWordsItWithTheFieldMeant() {
        List<Diagnostic> found = read(daemonSet("nodeSelecter: {disk: ssd}", ""));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("UnknownField");
            assertThat(d.object()).isEqualTo("DaemonSet/kube-system/agent");
            assertThat(d.field()).isEqualTo("spec.template.spec.nodeSelecter");
            assertThat(d.message()).isEqualTo("unknown field \"spec.template.spec.nodeSelecter\": did you mean nodeSelector?");
            assertThat(d.position().line()).isEqualTo(13);
            assertThat(d.position().column()).isEqualTo(7);
            assertThat(SchemaCheck.suggestedKey(d)).isEqualTo("nodeSelector");
        });
    }

    @Test
    void unknownFieldMakesTheDaemonSetUnplannable() {
        List<Diagnostic> found = read(daemonSet("nodeSelecter: {disk: ssd}", ""));
        assertThat(found).anyMatch(Diagnostic::isError);
    }

    @Test
    void dedentedUpdateStrategyTypeIsReportedWithWhereItBelongs() {
        String yaml = DAEMONSET.replace("#SPEC#", "").replace("#C#", "") + "  type: OnDelete\n";
        assertThat(read(yaml)).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("spec.type");
            assertThat(d.message()).isEqualTo("unknown field \"spec.type\": did you mean updateStrategy.type (it belongs one level deeper)?");
            assertThat(SchemaCheck.suggestedKey(d)).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "imagePullPolcy: Always|spec.template.spec.containers[0].imagePullPolcy|imagePullPolicy",
            "Image: x|spec.template.spec.containers[0].Image|image",
            "volumeMount: []|spec.template.spec.containers[0].volumeMount|volumeMounts",
            "resources: {limit: {cpu: 1}}|spec.template.spec.containers[0].resources.limit|limits",
            "securityContext: {privilegd: true}|spec.template.spec.containers[0].securityContext.privilegd|privileged"})
    void misspelledContainerFieldsAreUnknownWithTheFieldMeant(String field, String path, String meant) {
        assertThat(read(daemonSet("", field))).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo(path);
            assertThat(SchemaCheck.suggestedKey(d)).isEqualTo(meant);
        });
    }

    @Test
    void unknownFieldWithNothingCloseHasNoSuggestion() {
        assertThat(read(daemonSet("fooBarBaz: 1", ""))).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("unknown field \"spec.template.spec.fooBarBaz\""));
    }

    @Test
    void unknownFieldsInNodesPodsAndRevisionsAreWarnings() {
        String yaml = """
                apiVersion: v1
                kind: Node
                metadata: {name: n1}
                spec: {newerField: true}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: p1, namespace: default}
                spec:
                  containers: [{name: c, image: i}]
                  newerPodField: 1
                status: {newerStatus: x}
                ---
                apiVersion: apps/v1
                kind: ControllerRevision
                metadata: {name: r1, namespace: default}
                revision: 1
                data: {anything: goes}
                extra: 1
                """;
        assertThat(read(yaml)).extracting(d -> d.severity() + " " + d.field()).containsExactly(
                "WARNING spec.newerField", "WARNING spec.newerPodField", "WARNING status.newerStatus", "WARNING extra");
    }

    @Test
    void enumValuesInANodesStatusAreWarningsAndInItsSpecErrors() {
        String yaml = """
                apiVersion: v1
                kind: Node
                metadata: {name: n1}
                spec:
                  taints: [{key: k, effect: NoExplode}]
                status:
                  phase: Hibernating
                """;
        assertThat(read(yaml)).extracting(d -> d.severity() + " " + d.field()).containsExactly(
                "ERROR spec.taints[0].effect", "WARNING status.phase");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "env: [FOO=bar]|spec.template.spec.containers[0].env[0]|json: cannot unmarshal string into Go struct field Container.spec.template.spec.containers.env of type v1.EnvVar",
            "env: {FOO: bar}|spec.template.spec.containers[0].env|json: cannot unmarshal object into Go struct field Container.spec.template.spec.containers.env of type []v1.EnvVar",
            "env: [{name: A, value: 1}]|spec.template.spec.containers[0].env[0].value|json: cannot unmarshal number 1 into Go struct field EnvVar.spec.template.spec.containers.env.value of type string",
            "stdin: yes please|spec.template.spec.containers[0].stdin|json: cannot unmarshal string into Go struct field Container.spec.template.spec.containers.stdin of type bool",
            "args: run|spec.template.spec.containers[0].args|json: cannot unmarshal string into Go struct field Container.spec.template.spec.containers.args of type []string",
            "securityContext: {runAsUser: root}|spec.template.spec.containers[0].securityContext.runAsUser|json: cannot unmarshal string into Go struct field SecurityContext.spec.template.spec.containers.securityContext.runAsUser of type int64",
            "ports: [{containerPort: 80, hostIP: [a]}]|spec.template.spec.containers[0].ports[0].hostIP|json: cannot unmarshal array into Go struct field ContainerPort.spec.template.spec.containers.ports.hostIP of type string"})
    void valuesOfTheWrongTypeAreErrorsWordedAsGosDecoderWordsThem(String field, String path, String message) {
        assertThat(read(daemonSet("", field))).filteredOn(d -> d.field().equals(path)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo("InvalidType");
            assertThat(d.message()).isEqualTo(message);
        });
    }

    @Test
    void wholeNumbersWrittenAsFloatsAndNullsAreAccepted() {
        assertThat(read(daemonSet("terminationGracePeriodSeconds: 30.0\n      priority: null", ""))).isEmpty();
    }

    @Test
    void typeErrorAlreadyReportedByMappingIsReportedOnce() {
        String yaml = DAEMONSET.replace("#SPEC#", "").replace("#C#", "").replace("labels: {app: agent}\n    spec:",
                "labels: {app: agent}\n    spec:\n      hostNetwork: maybe");
        assertThat(read(yaml)).filteredOn(d -> d.field().equals("spec.template.spec.hostNetwork")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cpu: lots|quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
            "memory: 1.2.3Gi|unable to parse quantity's numeric part",
            "memory: 5mi|unable to parse quantity's suffix"})
    void malformedQuantitiesAreErrors(String quantity, String message) {
        assertThat(read(daemonSet("", "resources: {limits: {" + quantity + "}}"))).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("InvalidQuantity");
            assertThat(d.message()).endsWith(message);
        });
    }

    @Test
    void quantitiesMayBeNumbers() {
        assertThat(read(daemonSet("", "resources: {limits: {cpu: 1, memory: 1.5e9}, requests: {cpu: 0.5}}"))).isEmpty();
    }

    @Test
    void enumValueOutsideTheListIsUnsupported() {
        assertThat(read(daemonSet("dnsPolicy: ClusterFirstPlease", ""))).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.field()).isEqualTo("spec.template.spec.dnsPolicy");
            assertThat(d.message()).isEqualTo("Unsupported value: \"ClusterFirstPlease\": supported values: "
                    + "\"ClusterFirst\", \"ClusterFirstWithHostNet\", \"Default\", \"None\"");
        });
    }

    @Test
    void enumsTheDaemonSetRulesCheckAreReportedOnceByThem() {
        List<Diagnostic> found = new java.util.ArrayList<>(read(daemonSet("restartPolicy: Sometimes", "")));
        assertThat(found).isEmpty();
        assertThat(Validation.errors(daemonSet("restartPolicy: Sometimes", ""))).extracting(Diagnostic::code)
                .containsOnly("InvalidRestartPolicy");
    }

    /** Upstream lists the enum of {@code accessModes} on its items: each item is checked at its index. */
    @Test
    void enumOfAListFieldAppliesToEachItem() {
        String volume = """
                volumes:
                  - name: scratch
                    ephemeral:
                      volumeClaimTemplate:
                        spec:
                          accessModes: [ReadWriteOnce, ReadWriteSometimes]
                          resources: {requests: {storage: 1Gi}}
                """.replace("\n", "\n      ");
        assertThat(read(daemonSet(volume, ""))).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("UnsupportedValue");
            assertThat(d.field()).isEqualTo("spec.template.spec.volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes[1]");
            assertThat(d.message()).isEqualTo("Unsupported value: \"ReadWriteSometimes\": supported values: "
                    + "\"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOnce\", \"ReadWriteOncePod\"");
        });
    }

    /** A string field written as a list is a type error, not a list of enum values. */
    @Test
    void enumOfAStringFieldWrittenAsAListIsOnlyATypeError() {
        assertThat(read(daemonSet("dnsPolicy: [Sometimes]", ""))).extracting(Diagnostic::code).containsExactly("InvalidType");
    }

    @Test
    void olderDaemonSetVersionsGetWarningsForFieldsApps1Lacks() {
        String yaml = DAEMONSET.replace("apps/v1", "extensions/v1beta1").replace("#SPEC#", "").replace("#C#", "")
                + "  templateGeneration: 2\n";
        assertThat(read(yaml)).filteredOn(d -> d.code().equals("UnknownField")).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).endsWith("(checked against apps/v1)");
        });
    }
}
