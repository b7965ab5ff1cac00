package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.dsstudio.validation.DaemonSetYaml.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Rule 6b, mirroring core ValidateNodeSelectorRequirement / ValidateNodeFieldSelectorRequirement cases of
 * TestValidateAffinity: label requirements, matchFields on metadata.name only, at least one term.
 */
class NodeAffinityValidationTest {
    private static final String TERMS = "spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms";

    /** A DaemonSet whose only required term holds {@code term} (YAML flow mapping of the term's body). */
    static String withTerm(String term) {
        return valid().addPodSpec("affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n"
                + "      nodeSelectorTerms:\n      - " + term).text();
    }

    static Stream<Arguments> validTerms() {
        return Stream.of(
                arguments("{matchExpressions: [{key: zone, operator: In, values: [a, b]}]}"),
                arguments("{matchExpressions: [{key: zone, operator: NotIn, values: [a]}]}"),
                arguments("{matchExpressions: [{key: gpu, operator: Exists}, {key: spot, operator: DoesNotExist}]}"),
                arguments("{matchExpressions: [{key: cores, operator: Gt, values: [\"4\"]}]}"),
                arguments("{matchExpressions: [{key: cores, operator: Lt, values: [\"-10\"]}]}"),
                arguments("{matchFields: [{key: metadata.name, operator: In, values: [node-1]}]}"),
                arguments("{matchFields: [{key: metadata.name, operator: NotIn, values: [node-1.example.com]}]}"),
                arguments("{matchExpressions: [{key: example.com/zone, operator: In, values: [a]}], matchFields: [{key: metadata.name, operator: In, values: [n1]}]}"),
                arguments("{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validTerms")
    void validateAcceptsValidRequirements(String term) {
        assertThat(Validation.errors(withTerm(term))).isEmpty();
    }

    static Stream<Arguments> invalidTerms() {
        String e = TERMS + "[0].matchExpressions[0].";
        String f = TERMS + "[0].matchFields[0].";
        return Stream.of(
                arguments("In needs values", "{matchExpressions: [{key: zone, operator: In}]}",
                        List.of(e + "values Required"), "Required value: must be specified when `operator` is 'In' or 'NotIn'"),
                arguments("NotIn needs values", "{matchExpressions: [{key: zone, operator: NotIn, values: []}]}",
                        List.of(e + "values Required"), "must be specified when `operator` is 'In' or 'NotIn'"),
                arguments("Exists forbids values", "{matchExpressions: [{key: zone, operator: Exists, values: [a]}]}",
                        List.of(e + "values Forbidden"), "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
                arguments("DoesNotExist forbids values", "{matchExpressions: [{key: zone, operator: DoesNotExist, values: [a]}]}",
                        List.of(e + "values Forbidden"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
                arguments("Gt needs exactly one value", "{matchExpressions: [{key: cores, operator: Gt, values: [\"1\", \"2\"]}]}",
                        List.of(e + "values Required"), "Required value: must be specified single value when `operator` is 'Lt' or 'Gt'"),
                arguments("Lt without value", "{matchExpressions: [{key: cores, operator: Lt}]}",
                        List.of(e + "values Required"), "must be specified single value when `operator` is 'Lt' or 'Gt'"),
                arguments("unknown operator", "{matchExpressions: [{key: zone, operator: Foo, values: [a]}]}",
                        List.of(e + "operator Invalid"), "Invalid value: \"Foo\": not a valid selector operator"),
                arguments("invalid key", "{matchExpressions: [{key: \"k8s.io/zone/x\", operator: Exists}]}",
                        List.of(e + "key Invalid"), "Invalid value: \"k8s.io/zone/x\": a qualified name must consist of"),
                arguments("matchFields only knows metadata.name", "{matchFields: [{key: metadata.namespace, operator: In, values: [a]}]}",
                        List.of(f + "key Invalid"), "Invalid value: \"metadata.namespace\": not a valid field selector key"),
                arguments("matchFields In needs exactly one value", "{matchFields: [{key: metadata.name, operator: In, values: [a, b]}]}",
                        List.of(f + "values Required"), "Required value: must be only one value when `operator` is 'In' or 'NotIn' for node field selector"),
                arguments("matchFields does not take Exists", "{matchFields: [{key: metadata.name, operator: Exists}]}",
                        List.of(f + "operator Invalid"), "Invalid value: \"Exists\": not a valid selector operator"),
                arguments("matchFields value must be a node name", "{matchFields: [{key: metadata.name, operator: In, values: [Node_1]}]}",
                        List.of(f + "values[0] Invalid"), "Invalid value: \"Node_1\": a lowercase RFC 1123 subdomain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTerms")
    void validateReportsInvalidRequirements(String name, String term, List<String> expected, String message) {
        String yaml = withTerm(term);
        List<Diagnostic> errors = Validation.errors(yaml);
        assertThat(Validation.fieldsAndTypes(errors)).containsExactlyElementsOf(expected);
        assertThat(errors.get(0).code()).isEqualTo("InvalidNodeAffinity");
        assertThat(errors.get(0).message()).contains(message);
        assertThat(errors.get(0).position().line()).isEqualTo(Validation.lineOf(yaml, "      - {"));
    }

    @Test
    void validateRequiresAtLeastOneTerm() {
        String yaml = valid().addPodSpec("affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms: []").text();
        List<Diagnostic> errors = Validation.errors(yaml);
        assertThat(Validation.fieldsAndTypes(errors)).containsExactly(TERMS + " Required");
        assertThat(errors.get(0).message()).isEqualTo("Required value: must have at least one node selector term");
        assertThat(errors.get(0).position().line()).isEqualTo(Validation.lineOf(yaml, "nodeSelectorTerms: []"));
    }

    @Test
    void validateAdmitsNonIntegerGtButWarns() {
        String yaml = withTerm("{matchExpressions: [{key: cores, operator: Gt, values: [\"4cores\"]}]}");
        List<Diagnostic> all = Validation.of(yaml);
        assertThat(all).noneMatch(Diagnostic::isError);
        assertThat(all).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("NonIntegerGtLt");
            assertThat(w.type()).isNull();
            assertThat(w.field()).isEqualTo(TERMS + "[0].matchExpressions[0].values[0]");
            assertThat(w.message()).contains("Gt value \"4cores\" is not an integer").contains("matches no node");
            assertThat(w.position().line()).isEqualTo(Validation.lineOf(yaml, "4cores"));
        });
    }
}
