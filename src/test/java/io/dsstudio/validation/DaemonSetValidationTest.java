package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.dsstudio.validation.DaemonSetYaml.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Mirrors upstream's TestValidateDaemonSet (pkg/apis/apps/validation/validation_test.go): the success cases
 * and the error cases, each a small manifest read as the editor reads it, checked for code, field, type,
 * message and line.
 */
class DaemonSetValidationTest {

    static Stream<Arguments> validDaemonSets() {
        return Stream.of(
                arguments("upstream's valid fixture", valid().text()),
                arguments("selector with expressions", valid().selector("matchLabels:\n  a: b\nmatchExpressions:\n- {key: tier, operator: NotIn, values: [db]}\n- {key: gone, operator: DoesNotExist}").text()),
                arguments("revisionHistoryLimit 0 is allowed", valid().spec("revisionHistoryLimit: 0").text()),
                arguments("minReadySeconds 0", valid().spec("minReadySeconds: 0").text()),
                arguments("restartPolicy Always written out", valid().addPodSpec("restartPolicy: Always").text()),
                arguments("OnDelete with nothing else", valid().spec("updateStrategy:\n  type: OnDelete").text()),
                arguments("extensions/v1beta1 defaults the selector from the template labels",
                        valid().apiVersion("extensions/v1beta1").selector(null).text()),
                arguments("apps/v1beta2", valid().apiVersion("apps/v1beta2").text()),
                arguments("dotted and prefixed names", valid().metadata("name: abc.example-1\nnamespace: kube-system\nlabels:\n  app.kubernetes.io/name: x\nannotations:\n  Example.com/Upper_Key: anything goes here").text()),
                arguments("hostNetwork port without hostPort", valid().podSpec("hostNetwork: true\ncontainers:\n- name: abc\n  image: image\n  ports:\n  - containerPort: 9100\n    hostPort: 9100\n  - containerPort: 53\n    protocol: UDP").text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDaemonSets")
    void validateAcceptsUpstreamSuccessCases(String name, String yaml) {
        assertThat(Validation.errors(yaml)).isEmpty();
    }

    static Stream<Arguments> invalidDaemonSets() {
        return Stream.of(
                arguments("zero-length name", valid().metadata("name: \"\"\nnamespace: default").text(),
                        List.of("metadata.name Required"), "MissingName", "name: \"\"", "Required value: name or generateName is required"),
                arguments("missing name", valid().metadata("namespace: default").text(),
                        List.of("metadata.name Required"), "MissingName", "metadata:", "Required value"),
                arguments("name not a DNS subdomain", valid().metadata("name: Abc_1\nnamespace: default").text(),
                        List.of("metadata.name Invalid"), "InvalidName", "name: Abc_1", "Invalid value: \"Abc_1\": a lowercase RFC 1123 subdomain"),
                arguments("namespace not a DNS label", valid().metadata("name: abc\nnamespace: kube.system").text(),
                        List.of("metadata.namespace Invalid"), "InvalidNamespace", "namespace: kube.system", "Invalid value: \"kube.system\": must not contain dots"),
                arguments("nil selector", valid().selector(null).text(),
                        List.of("spec.template.metadata.labels Invalid"), "SelectorMismatch", "      labels:",
                        "Invalid value: {\"a\":\"b\"}: `selector` does not match template `labels`"),
                arguments("empty selector", valid().selector("{}").text(),
                        List.of("spec.selector Invalid"), "InvalidSelector", "selector: {}", "Invalid value: {}: empty selector is invalid for daemonset"),
                arguments("selector doesn't match", valid().selector("matchLabels:\n  foo: bar").text(),
                        List.of("spec.template.metadata.labels Invalid"), "SelectorMismatch", "      labels:",
                        "Invalid value: {\"a\":\"b\"}: `selector` does not match template `labels`"),
                arguments("invalid template: no containers", valid().podSpec("restartPolicy: Always").text(),
                        List.of("spec.template.spec.containers Required"), "InvalidContainer", "    spec:", "Required value"),
                arguments("invalid label", valid().metadata("name: abc\nnamespace: default\nlabels:\n  NoUppercaseOrSpecialCharsLike=Equals: bar").text(),
                        List.of("metadata.labels Invalid"), "InvalidLabels", "  labels:", "Invalid value: \"NoUppercaseOrSpecialCharsLike=Equals\": name part must consist of"),
                arguments("invalid label value", valid().metadata("name: abc\nnamespace: default\nlabels:\n  app: -bad-").text(),
                        List.of("metadata.labels Invalid"), "InvalidLabels", "  labels:", "Invalid value: \"-bad-\": a valid label must be an empty string"),
                arguments("invalid template label", valid().templateMetadata("labels:\n  a: b\n  NoUppercaseOrSpecialCharsLike=Equals: bar").text(),
                        List.of("spec.template.labels Invalid"), "InvalidLabels", "      labels:", "name part must consist of"),
                arguments("invalid annotation", valid().metadata("name: abc\nnamespace: default\nannotations:\n  NoSpecialCharsLike=Equals: bar").text(),
                        List.of("metadata.annotations Invalid"), "InvalidAnnotations", "  annotations:", "Invalid value: \"NoSpecialCharsLike=Equals\""),
                arguments("annotations over 256 KiB", valid().metadata("name: abc\nnamespace: default\nannotations:\n  big: " + "x".repeat(256 * 1024)).text(),
                        List.of("metadata.annotations TooLong"), "InvalidAnnotations", "  annotations:", "Too long: may not be more than 262144 bytes"),
                arguments("invalid template annotation", valid().templateMetadata("labels:\n  a: b\nannotations:\n  a/b/c: x").text(),
                        List.of("spec.template.annotations Invalid"), "InvalidAnnotations", "      annotations:", "a qualified name must consist of"),
                arguments("invalid restart policy OnFailure", valid().addPodSpec("restartPolicy: OnFailure").text(),
                        List.of("spec.template.spec.restartPolicy NotSupported"), "InvalidRestartPolicy", "restartPolicy: OnFailure",
                        "Unsupported value: \"OnFailure\": supported values: \"Always\""),
                arguments("invalid restart policy Never", valid().addPodSpec("restartPolicy: Never").text(),
                        List.of("spec.template.spec.restartPolicy NotSupported"), "InvalidRestartPolicy", "restartPolicy: Never",
                        "Unsupported value: \"Never\": supported values: \"Always\""),
                arguments("unknown restart policy fails pod and DaemonSet validation", valid().addPodSpec("restartPolicy: Sometimes").text(),
                        List.of("spec.template.spec.restartPolicy NotSupported", "spec.template.spec.restartPolicy NotSupported"), "InvalidRestartPolicy",
                        "restartPolicy: Sometimes", "supported values: \"Always\", \"OnFailure\", \"Never\""),
                arguments("activeDeadlineSeconds", valid().addPodSpec("activeDeadlineSeconds: 60").text(),
                        List.of("spec.template.spec.activeDeadlineSeconds Forbidden"), "ForbiddenField", "activeDeadlineSeconds: 60",
                        "Forbidden: activeDeadlineSeconds in DaemonSet is not Supported"),
                arguments("template may not contain ephemeral containers", valid().addPodSpec("ephemeralContainers:\n- name: debug\n  image: busybox").text(),
                        List.of("spec.template.spec.ephemeralContainers Forbidden"), "ForbiddenField", "ephemeralContainers:",
                        "Forbidden: ephemeral containers not allowed in pod template"),
                arguments("negative minReadySeconds", valid().spec("minReadySeconds: -1").text(),
                        List.of("spec.minReadySeconds Invalid"), "NegativeValue", "minReadySeconds: -1", "Invalid value: -1: must be greater than or equal to 0"),
                arguments("negative revisionHistoryLimit", valid().spec("revisionHistoryLimit: -2").text(),
                        List.of("spec.revisionHistoryLimit Invalid"), "NegativeValue", "revisionHistoryLimit: -2", "Invalid value: -2: must be greater than or equal to 0"),
                arguments("negative templateGeneration", valid().apiVersion("extensions/v1beta1").spec("templateGeneration: -1").text(),
                        List.of("spec.templateGeneration Invalid"), "NegativeValue", "templateGeneration: -1", "Invalid value: -1"),
                arguments("invalid nodeName", valid().addPodSpec("nodeName: Node_1").text(),
                        List.of("spec.template.spec.nodeName Invalid"), "InvalidNodeName", "nodeName: Node_1", "Invalid value: \"Node_1\""),
                arguments("invalid nodeSelector", valid().addPodSpec("nodeSelector:\n  bad key: x").text(),
                        List.of("spec.template.spec.nodeSelector Invalid"), "InvalidNodeSelector", "nodeSelector:", "Invalid value: \"bad key\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDaemonSets")
    void validateReportsUpstreamErrorCases(String name, String yaml, List<String> expected, String code, String anchor, String message) {
        List<Diagnostic> errors = Validation.errors(yaml);
        assertThat(Validation.fieldsAndTypes(errors)).containsExactlyInAnyOrderElementsOf(expected);
        Diagnostic first = errors.stream().filter(d -> (d.field() + " " + d.type()).equals(expected.get(0)))
                .filter(d -> d.message().contains(message)).findFirst().orElseThrow(() -> new AssertionError(errors.toString()));
        assertThat(first.code()).isEqualTo(code);
        assertThat(first.object()).isEqualTo(expected.get(0).startsWith("metadata.name") ? first.object() : "DaemonSet/default/abc");
        assertThat(first.position().file()).isEqualTo("ds.yaml");
        assertThat(first.position().line()).as("line of %s", anchor).isEqualTo(Validation.lineOf(yaml, anchor));
    }
}
