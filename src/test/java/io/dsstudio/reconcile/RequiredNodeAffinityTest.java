package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.PodSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.dsstudio.reconcile.Fixtures.aNode;
import static io.dsstudio.reconcile.Fixtures.fieldTerm;
import static io.dsstudio.reconcile.Fixtures.req;
import static io.dsstudio.reconcile.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

/** NA semantics: operators, ORed terms, ANDed requirements, parse errors (semantics.md §3.1). */
class RequiredNodeAffinityTest {
    private static final ClusterNode NODE = aNode("n1").label("zone", "a").label("cores", "8").label("empty", "")
            .label("text", "abc").build();

    static Stream<Arguments> requirementCases() {
        return Stream.of(
                Arguments.of(req("zone", "In", "a", "b"), true),
                Arguments.of(req("zone", "In", "b"), false),
                Arguments.of(req("missing", "In", "a"), false),
                Arguments.of(req("zone", "In"), false),                 // In without values: parse error
                Arguments.of(req("zone", "NotIn", "b"), true),
                Arguments.of(req("zone", "NotIn", "a"), false),
                Arguments.of(req("missing", "NotIn", "a"), true),        // NotIn matches nodes lacking the key
                Arguments.of(req("empty", "Exists"), true),
                Arguments.of(req("missing", "Exists"), false),
                Arguments.of(req("zone", "Exists", "a"), false),         // Exists with values: parse error
                Arguments.of(req("missing", "DoesNotExist"), true),
                Arguments.of(req("zone", "DoesNotExist"), false),
                Arguments.of(req("cores", "Gt", "4"), true),
                Arguments.of(req("cores", "Gt", "8"), false),            // strict
                Arguments.of(req("cores", "Lt", "9"), true),
                Arguments.of(req("cores", "Lt", "8"), false),
                Arguments.of(req("cores", "Gt", "+4"), false),           // ParseInt accepts it, but it is no label value
                Arguments.of(req("cores", "Gt", "x"), false),            // unparsable bound: parse error
                Arguments.of(req("cores", "Gt", "4", "5"), false),       // two values: parse error
                Arguments.of(req("cores", "Gt", "99999999999999999999"), false), // beyond int64
                Arguments.of(req("text", "Gt", "1"), false),             // label not an integer: no match
                Arguments.of(req("missing", "Lt", "100"), false),
                Arguments.of(req("zone", "Equals", "a"), false),         // unknown operator: parse error
                Arguments.of(req("bad key!", "Exists"), false),          // invalid key: parse error
                Arguments.of(req("zone", "In", "a", "not valid"), false)); // invalid value: parse error
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("requirementCases")
    void affinityMatchesFollowsLabelRequirementSemantics(NodeSelectorRequirement requirement, boolean expected) {
        assertThat(affinity(term(requirement)).affinityMatches(NODE)).isEqualTo(expected);
    }

    static Stream<Arguments> fieldCases() {
        return Stream.of(
                Arguments.of(req("metadata.name", "In", "n1"), true),
                Arguments.of(req("metadata.name", "In", "n2"), false),
                Arguments.of(req("metadata.name", "NotIn", "n2"), true),
                Arguments.of(req("metadata.name", "NotIn", "n1"), false),
                Arguments.of(req("metadata.name", "In", "n1", "n2"), false), // exactly one value or parse error
                Arguments.of(req("metadata.name", "Exists"), false),         // unsupported operator
                Arguments.of(req("spec.unschedulable", "In", "n1"), false),  // other fields compare against ""
                Arguments.of(req("spec.unschedulable", "NotIn", "x"), true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("fieldCases")
    void affinityMatchesComparesMatchFieldsWithNodeName(NodeSelectorRequirement requirement, boolean expected) {
        assertThat(affinity(fieldTerm(requirement)).affinityMatches(NODE)).isEqualTo(expected);
    }

    @Test
    void affinityMatchesAndsRequirementsInsideATerm() {
        NodeSelectorTerm both = new NodeSelectorTerm(List.of(req("zone", "In", "a"), req("cores", "Gt", "16")), List.of());
        assertThat(affinity(both).affinityMatches(NODE)).isFalse();
        NodeSelectorTerm withField = new NodeSelectorTerm(List.of(req("zone", "In", "a")), List.of(req("metadata.name", "In", "n1")));
        assertThat(affinity(withField).affinityMatches(NODE)).isTrue();
    }

    @Test
    void affinityMatchesOrsTermsAndSkipsUnparsableOnes() {
        assertThat(affinity(term(req("zone", "In", "b")), term(req("zone", "In", "a"))).affinityMatches(NODE)).isTrue();
        assertThat(affinity(term(req("cores", "Gt", "x")), term(req("zone", "Exists"))).affinityMatches(NODE)).isTrue();
        assertThat(affinity(term(req("cores", "Gt", "x"))).affinityMatches(NODE)).isFalse();
        assertThat(affinity(term(req("cores", "Gt", "x")), term(req("zone", "Exists"))).termResults(NODE))
                .containsExactly(java.util.Optional.empty(), java.util.Optional.of(true));
    }

    @Test
    void affinityMatchesNothingWithEmptyTermsOrEmptyTerm() {
        assertThat(affinity().affinityMatches(NODE)).isFalse();
        assertThat(affinity(new NodeSelectorTerm(List.of(), List.of())).affinityMatches(NODE)).isFalse();
    }

    @Test
    void matchesIsTrueWithoutSelectorOrAffinity() {
        RequiredNodeAffinity none = RequiredNodeAffinity.of(PodSpec.empty());
        assertThat(none.matches(NODE)).isTrue();
        assertThat(none.hasAffinity()).isFalse();
        assertThat(none.labelKeys()).isEmpty();
    }

    @Test
    void nodeSelectorMatchesRequiresEveryKeyWithEqualValue() {
        RequiredNodeAffinity selector = RequiredNodeAffinity.of(PodSpec.empty().withNodeSelector(Map.of("zone", "a", "cores", "8")));
        assertThat(selector.matches(NODE)).isTrue();
        RequiredNodeAffinity wrong = RequiredNodeAffinity.of(PodSpec.empty().withNodeSelector(Map.of("zone", "a", "gpu", "true")));
        assertThat(wrong.matches(NODE)).isFalse();
    }

    @Test
    void labelKeysAndReadsNodeNameDescribeWhatTheDecisionReads() {
        RequiredNodeAffinity a = RequiredNodeAffinity.of(PodSpec.empty().withNodeSelector(Map.of("os", "linux"))
                .withAffinity(NodeAffinity.required(List.of(term(req("zone", "In", "a")), fieldTerm(req("metadata.name", "In", "n1"))))));
        assertThat(a.labelKeys()).containsExactly("os", "zone");
        assertThat(a.readsNodeName()).isTrue();
    }

    private static RequiredNodeAffinity affinity(NodeSelectorTerm... terms) {
        return RequiredNodeAffinity.of(PodSpec.empty().withAffinity(NodeAffinity.required(List.of(terms))));
    }
}
