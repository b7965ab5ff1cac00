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

/** Rule 10: core validateContainers / validateInitContainers and container ports. */
class ContainerValidationTest {
    private static final String C = "spec.template.spec.containers";

    static Stream<Arguments> invalidContainers() {
        return Stream.of(
                arguments("name required", "containers:\n- image: image",
                        List.of(C + "[0].name Required"), "InvalidContainer", "- image: image", "Required value"),
                arguments("name a DNS label", "containers:\n- name: Bad_Name\n  image: image",
                        List.of(C + "[0].name Invalid"), "InvalidContainer", "name: Bad_Name", "Invalid value: \"Bad_Name\": a lowercase RFC 1123 label"),
                arguments("image required", "containers:\n- name: abc",
                        List.of(C + "[0].image Required"), "InvalidContainer", "- name: abc", "Required value"),
                arguments("duplicate names", "containers:\n- name: abc\n  image: image\n- {name: abc, image: other}",
                        List.of(C + "[1].name Duplicate"), "InvalidContainer", "image: other", "Duplicate value: \"abc\""),
                arguments("init container duplicates a container", "containers:\n- name: abc\n  image: image\ninitContainers:\n- {name: abc, image: init}",
                        List.of("spec.template.spec.initContainers[0].name Duplicate"), "InvalidContainer", "image: init", "Duplicate value: \"abc\""),
                arguments("init container needs an image", "containers:\n- name: abc\n  image: image\ninitContainers:\n- name: setup",
                        List.of("spec.template.spec.initContainers[0].image Required"), "InvalidContainer", "- name: setup", "Required value"),
                arguments("port out of range", "containers:\n- name: abc\n  image: image\n  ports:\n  - containerPort: 70000",
                        List.of(C + "[0].ports[0].containerPort Invalid"), "InvalidContainerPort", "containerPort: 70000",
                        "Invalid value: 70000: must be between 1 and 65535, inclusive"),
                arguments("unknown protocol", "containers:\n- name: abc\n  image: image\n  ports:\n  - containerPort: 80\n    protocol: HTTP",
                        List.of(C + "[0].ports[0].protocol NotSupported"), "InvalidContainerPort", "protocol: HTTP",
                        "Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
                arguments("hostNetwork hostPort must equal containerPort",
                        "hostNetwork: true\ncontainers:\n- name: abc\n  image: image\n  ports:\n  - containerPort: 80\n    hostPort: 8080",
                        List.of(C + "[0].ports[0].hostPort Invalid"), "InvalidContainerPort", "hostPort: 8080",
                        "Invalid value: 8080: must match `containerPort` when `hostNetwork` is true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidContainers")
    void validateReportsContainerErrors(String name, String podSpec, List<String> expected, String code, String anchor, String message) {
        String yaml = valid().podSpec(podSpec).text();
        List<Diagnostic> errors = Validation.errors(yaml);
        assertThat(Validation.fieldsAndTypes(errors)).containsExactlyElementsOf(expected);
        assertThat(errors.get(0).code()).isEqualTo(code);
        assertThat(errors.get(0).message()).startsWith(message);
        assertThat(errors.get(0).position().line()).isEqualTo(Validation.lineOf(yaml, anchor));
    }
}
