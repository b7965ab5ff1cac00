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
 * Rules 6–8: ValidateLabelSelector(Requirement) cases, and rule 7's condition that the selector must convert
 * before the template labels are compared with it.
 */
class SelectorValidationTest {
    private static final String X = "spec.selector.matchExpressions[0].";

    static Stream<Arguments> invalidSelectors() {
        return Stream.of(
                arguments("In needs values", "matchExpressions:\n- {key: a, operator: In}",
                        List.of(X + "values Required"), "Required value: must be specified when `operator` is 'In' or 'NotIn'"),
                arguments("Exists forbids values", "matchExpressions:\n- {key: a, operator: Exists, values: [b]}",
                        List.of(X + "values Forbidden"), "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
                arguments("unknown operator", "matchExpressions:\n- {key: a, operator: Gt, values: [\"1\"]}",
                        List.of(X + "operator Invalid"), "Invalid value: \"Gt\": not a valid selector operator"),
                arguments("invalid key", "matchExpressions:\n- {key: \"-a\", operator: Exists}",
                        List.of(X + "key Invalid"), "Invalid value: \"-a\": name part must consist of"),
                arguments("invalid value", "matchExpressions:\n- {key: a, operator: In, values: [b, \"c d\"]}",
                        List.of(X + "values[1] Invalid"), "Invalid value: \"c d\": a valid label must be an empty string"),
                arguments("invalid matchLabels key", "matchLabels:\n  a: b\n  /x: z",
                        List.of("spec.selector.matchLabels Invalid"), "Invalid value: \"/x\": prefix part must be non-empty"),
                arguments("valid but not matching expression", "matchExpressions:\n- {key: a, operator: NotIn, values: [b]}",
                        List.of("spec.template.metadata.labels SelectorMismatch"), "`selector` does not match template `labels`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSelectors")
    void validateReportsSelectorErrorsOnlyOnce(String name, String selector, List<String> expected, String message) {
        String yaml = valid().selector(selector).text();
        List<Diagnostic> errors = Validation.errors(yaml);
        if (expected.get(0).endsWith("SelectorMismatch")) {
            assertThat(errors).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("SelectorMismatch");
                assertThat(d.message()).contains(message);
            });
            return;
        }
        // An invalid selector does not convert, so upstream skips the template comparison (rule 7).
        assertThat(Validation.fieldsAndTypes(errors)).containsExactlyElementsOf(expected);
        assertThat(errors.get(0).code()).isEqualTo("InvalidSelector");
        assertThat(errors.get(0).message()).contains(message);
        String anchor = selector.startsWith("matchLabels") ? "matchLabels:" : "- {key";
        assertThat(errors.get(0).position().line()).isEqualTo(Validation.lineOf(yaml, anchor));
    }
}
