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

/** Rule 6a, mirroring core TestValidateTolerations' success and error cases. */
class TolerationValidationTest {
    private static final String T = "spec.template.spec.tolerations[0].";

    private static String with(String toleration) {
        return valid().addPodSpec("tolerations:\n- " + toleration).text();
    }

    static Stream<Arguments> validTolerations() {
        return Stream.of(
                arguments("{key: foo, operator: Exists, effect: NoSchedule}"),
                arguments("{key: foo, operator: Equal, value: bar, effect: NoSchedule}"),
                arguments("{key: foo, value: bar, effect: NoSchedule}"),
                arguments("{operator: Exists}"),
                arguments("{operator: Exists, effect: NoExecute}"),
                arguments("{key: foo.bar/baz, operator: Exists}"),
                arguments("{key: foo, operator: Equal, value: bar, effect: NoExecute, tolerationSeconds: 60}"),
                arguments("{key: foo, effect: PreferNoSchedule}"),
                arguments("{key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: -1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validTolerations")
    void validateAcceptsValidTolerations(String toleration) {
        assertThat(Validation.errors(with(toleration))).isEmpty();
    }

    static Stream<Arguments> invalidTolerations() {
        return Stream.of(
                arguments("invalid toleration key", "{key: \"nospecialchars^=@\", operator: Equal, value: bar, effect: NoSchedule}",
                        T + "key Invalid", "Invalid value: \"nospecialchars^=@\": name part must consist of"),
                arguments("value must be empty when operator is Exists", "{key: foo, operator: Exists, value: bar, effect: NoSchedule}",
                        T + "operator Invalid", "Invalid value: {\"key\":\"foo\",\"operator\":\"Exists\",\"value\":\"bar\",\"effect\":\"NoSchedule\"}: value must be empty when `operator` is 'Exists'"),
                arguments("empty key needs operator Exists", "{operator: Equal, value: bar, effect: NoSchedule}",
                        T + "operator Invalid", "Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\""),
                arguments("empty key and empty operator", "{effect: NoSchedule}",
                        T + "operator Invalid", "Invalid value: \"\": operator must be Exists when `key` is empty"),
                arguments("operator is not supported", "{key: foo, operator: In, value: bar}",
                        T + "operator NotSupported", "Unsupported value: \"In\": supported values: \"Equal\", \"Exists\""),
                arguments("effect is not supported", "{key: foo, operator: Exists, effect: NoScheduleNoAdmit}",
                        T + "effect NotSupported", "Unsupported value: \"NoScheduleNoAdmit\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\""),
                arguments("tolerationSeconds needs NoExecute", "{key: foo, operator: Exists, effect: NoSchedule, tolerationSeconds: 20}",
                        T + "effect Invalid", "Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set"),
                arguments("Equal value must be a label value", "{key: foo, operator: Equal, value: \"no spaces\"}",
                        T + "operator Invalid", "Invalid value: \"no spaces\": a valid label must be an empty string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTolerations")
    void validateReportsInvalidTolerations(String name, String toleration, String expected, String message) {
        String yaml = with(toleration);
        List<Diagnostic> errors = Validation.errors(yaml);
        assertThat(Validation.fieldsAndTypes(errors)).containsExactly(expected);
        Diagnostic error = errors.get(0);
        assertThat(error.code()).isEqualTo("InvalidToleration");
        assertThat(error.message()).startsWith(message);
        assertThat(error.position().line()).isEqualTo(Validation.lineOf(yaml, "- {"));
    }
}
