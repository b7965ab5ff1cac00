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
 * Rules 16–23: upstream's update-strategy cases of TestValidateDaemonSet / TestValidateDaemonSetUpdate
 * ("1" as a string, "20Percent", 101%, both zero, both non-zero) and OnDelete, which is not checked.
 */
class UpdateStrategyValidationTest {
    private static final String RU = "spec.updateStrategy.rollingUpdate.";
    private static final String PERCENT_MESSAGE = "a valid percent string must be a numeric string followed by an ending '%' "
            + "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

    private static String rolling(String maxUnavailable, String maxSurge) {
        StringBuilder out = new StringBuilder("updateStrategy:\n  type: RollingUpdate\n  rollingUpdate:");
        if (maxUnavailable != null) {
            out.append("\n    maxUnavailable: ").append(maxUnavailable);
        }
        if (maxSurge != null) {
            out.append("\n    maxSurge: ").append(maxSurge);
        }
        return out.toString();
    }

    static Stream<Arguments> validStrategies() {
        return Stream.of(
                arguments("defaulted (no updateStrategy)", ""),
                arguments("RollingUpdate without parameters", "updateStrategy:\n  type: RollingUpdate"),
                arguments("rollingUpdate without type", "updateStrategy:\n  rollingUpdate:\n    maxUnavailable: 10%"),
                arguments("maxUnavailable 1", rolling("1", null)),
                arguments("maxUnavailable 10%", rolling("10%", null)),
                arguments("maxUnavailable 100%", rolling("100%", null)),
                arguments("surge instead of unavailable", rolling("0", "1")),
                arguments("surge percentage", rolling("0", "25%")),
                arguments("quoted percentages", rolling("\"10%\"", "\"0%\"")),
                arguments("OnDelete ignores a zero rollingUpdate (rule 23)", "updateStrategy:\n  type: OnDelete\n  rollingUpdate:\n    maxUnavailable: 0"),
                arguments("OnDelete ignores an invalid rollingUpdate", "updateStrategy:\n  type: OnDelete\n  rollingUpdate:\n    maxUnavailable: 20Percent\n    maxSurge: 101%"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validStrategies")
    void validateAcceptsValidStrategies(String name, String spec) {
        assertThat(Validation.errors(valid().spec(spec).text())).isEmpty();
    }

    static Stream<Arguments> invalidStrategies() {
        return Stream.of(
                arguments("unknown type is reported on the strategy", "updateStrategy:\n  type: Foo",
                        List.of("spec.updateStrategy NotSupported"), "updateStrategy:",
                        "Unsupported value: \"Foo\": supported values: \"RollingUpdate\", \"OnDelete\""),
                arguments("maxUnavailable as quoted \"1\"", rolling("\"1\"", null),
                        List.of(RU + "maxUnavailable Invalid"), "maxUnavailable", "Invalid value: \"1\": " + PERCENT_MESSAGE),
                arguments("maxUnavailable 20Percent also counts as 0", rolling("20Percent", null),
                        List.of(RU + "maxUnavailable Invalid", RU + "maxUnavailable Required"), "maxUnavailable",
                        "Invalid value: \"20Percent\": " + PERCENT_MESSAGE),
                arguments("maxUnavailable 101%", rolling("101%", null),
                        List.of(RU + "maxUnavailable Invalid"), "maxUnavailable", "Invalid value: \"101%\": must not be greater than 100%"),
                arguments("maxSurge 101%", rolling("0", "101%"),
                        List.of(RU + "maxSurge Invalid"), "maxSurge", "Invalid value: \"101%\": must not be greater than 100%"),
                arguments("negative maxUnavailable", rolling("-1", null),
                        List.of(RU + "maxUnavailable Invalid"), "maxUnavailable", "Invalid value: -1: must be greater than or equal to 0"),
                arguments("negative maxSurge counts as non-zero", rolling("0", "-1"),
                        List.of(RU + "maxSurge Invalid"), "maxSurge", "Invalid value: -1: must be greater than or equal to 0"),
                arguments("both zero", rolling("0", "0"),
                        List.of(RU + "maxUnavailable Required"), "maxUnavailable", "Required value: cannot be 0 when maxSurge is 0"),
                arguments("both zero percent", rolling("0%", "0%"),
                        List.of(RU + "maxUnavailable Required"), "maxUnavailable", "Required value: cannot be 0 when maxSurge is 0"),
                arguments("maxUnavailable 0 with maxSurge defaulted to 0", rolling("0", null),
                        List.of(RU + "maxUnavailable Required"), "maxUnavailable", "cannot be 0 when maxSurge is 0"),
                arguments("both non-zero", rolling("1", "1"),
                        List.of(RU + "maxSurge Invalid"), "maxSurge", "Invalid value: 1: may not be set when maxUnavailable is non-zero"),
                arguments("both non-zero percentages", rolling("10%", "20%"),
                        List.of(RU + "maxSurge Invalid"), "maxSurge", "Invalid value: \"20%\": may not be set when maxUnavailable is non-zero"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStrategies")
    void validateReportsInvalidStrategies(String name, String spec, List<String> expected, String anchor, String message) {
        String yaml = valid().spec(spec).text();
        List<Diagnostic> errors = Validation.errors(yaml);
        assertThat(Validation.fieldsAndTypes(errors)).containsExactlyInAnyOrderElementsOf(expected);
        Diagnostic first = errors.stream().filter(d -> d.message().contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError(errors.toString()));
        assertThat(first.code()).isEqualTo("InvalidUpdateStrategy");
        assertThat(first.position().line()).isEqualTo(Validation.lineOf(yaml, anchor));
    }
}
