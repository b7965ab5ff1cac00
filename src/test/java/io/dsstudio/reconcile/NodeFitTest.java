package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.dsstudio.domain.TaintEffect.NO_EXECUTE;
import static io.dsstudio.domain.TaintEffect.NO_SCHEDULE;
import static io.dsstudio.domain.TaintEffect.PREFER_NO_SCHEDULE;
import static io.dsstudio.reconcile.Fixtures.aDaemonSet;
import static io.dsstudio.reconcile.Fixtures.aNode;
import static io.dsstudio.reconcile.Fixtures.fieldTerm;
import static io.dsstudio.reconcile.Fixtures.req;
import static io.dsstudio.reconcile.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

/** Mirrors DCT TestNodeShouldRunDaemonPod and the taint tests of daemon_controller_test.go. */
class NodeFitTest {

    static Stream<Arguments> shouldRunCases() {
        return Stream.of(
                Arguments.of("ShouldRunDaemonPod", aNode("n1").build(), aDaemonSet("ds").build(), true, true, List.of()),
                Arguments.of("ShouldRunDaemonPodOnUnschedulableNode",
                        aNode("n1").unschedulable().taint("node.kubernetes.io/unschedulable", NO_SCHEDULE).build(),
                        aDaemonSet("ds").build(), true, true, List.of()),
                Arguments.of("ErrPodNotMatchHostName", aNode("n1").build(), aDaemonSet("ds").nodeName("other").build(),
                        false, false, List.of(ReasonCode.NodeNameMismatch)),
                Arguments.of("TemplateNodeNameMatches", aNode("n1").build(), aDaemonSet("ds").nodeName("n1").build(),
                        true, true, List.of()),
                Arguments.of("NodeSelectorMatches", aNode("n1").label("color", "blue").build(),
                        aDaemonSet("ds").nodeSelector("color", "blue").build(), true, true, List.of()),
                Arguments.of("NodeSelectorValueDiffers", aNode("n1").label("color", "red").build(),
                        aDaemonSet("ds").nodeSelector("color", "blue").build(), false, false, List.of(ReasonCode.NodeSelectorMismatch)),
                Arguments.of("NodeSelectorLabelMissing", aNode("n1").build(),
                        aDaemonSet("ds").nodeSelector("color", "blue").build(), false, false, List.of(ReasonCode.NodeSelectorMismatch)),
                Arguments.of("NodeAffinityMatches", aNode("n1").label("color", "blue").build(),
                        aDaemonSet("ds").requiredAffinity(term(req("color", "In", "blue", "green"))).build(), true, true, List.of()),
                Arguments.of("NodeAffinityDoesNotMatch", aNode("n1").label("color", "red").build(),
                        aDaemonSet("ds").requiredAffinity(term(req("color", "In", "blue"))).build(),
                        false, false, List.of(ReasonCode.NodeAffinityMismatch)),
                Arguments.of("NodeAffinityMatchFieldsOtherNode", aNode("n1").build(),
                        aDaemonSet("ds").requiredAffinity(fieldTerm(req("metadata.name", "In", "n2"))).build(),
                        false, false, List.of(ReasonCode.NodeAffinityMismatch)),
                Arguments.of("NodeAffinityMatchFieldsThisNode", aNode("n1").build(),
                        aDaemonSet("ds").requiredAffinity(fieldTerm(req("metadata.name", "In", "n1"))).build(), true, true, List.of()),
                Arguments.of("UntoleratedNoScheduleKeepsRunningPods", aNode("n1").taint("gpu", "true", NO_SCHEDULE).build(),
                        aDaemonSet("ds").build(), false, true, List.of(ReasonCode.UntoleratedTaint)),
                Arguments.of("UntoleratedNoExecuteEvicts", aNode("n1").taint("gpu", "true", NO_EXECUTE).build(),
                        aDaemonSet("ds").build(), false, false, List.of(ReasonCode.UntoleratedTaint)),
                Arguments.of("ToleratedNoSchedule", aNode("n1").taint("gpu", "true", NO_SCHEDULE).build(),
                        aDaemonSet("ds").toleration("gpu", "Equal", "true", NO_SCHEDULE).build(), true, true, List.of()),
                Arguments.of("PreferNoScheduleIgnored", aNode("n1").taint("gpu", "true", PREFER_NO_SCHEDULE).build(),
                        aDaemonSet("ds").build(), true, true, List.of()),
                Arguments.of("AllFailingChecksInUpstreamOrder",
                        aNode("n1").label("color", "red").taint("a", NO_SCHEDULE).taint("b", "x", NO_EXECUTE).build(),
                        aDaemonSet("ds").nodeName("other").nodeSelector("color", "blue")
                                .requiredAffinity(term(req("zone", "Exists"))).build(),
                        false, false, List.of(ReasonCode.NodeNameMismatch, ReasonCode.NodeSelectorMismatch,
                                ReasonCode.NodeAffinityMismatch, ReasonCode.UntoleratedTaint, ReasonCode.UntoleratedTaint)),
                Arguments.of("SelectorMismatchWithToleratedTaintsStillStops",
                        aNode("n1").taint("a", NO_EXECUTE).build(),
                        aDaemonSet("ds").nodeSelector("color", "blue").tolerateAll().build(),
                        false, false, List.of(ReasonCode.NodeSelectorMismatch)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldRunCases")
    void evaluateMatchesUpstreamTable(String name, ClusterNode node, DaemonSet ds, boolean shouldRun,
                                      boolean shouldContinueRunning, List<ReasonCode> reasons) {
        NodeVerdict verdict = NodeFit.evaluate(node, ds);
        assertThat(verdict.node()).isEqualTo(node.name());
        assertThat(verdict.shouldRun()).as("shouldRun").isEqualTo(shouldRun);
        assertThat(verdict.shouldContinueRunning()).as("shouldContinueRunning").isEqualTo(shouldContinueRunning);
        assertThat(verdict.reasons()).extracting(Reason::code).containsExactlyElementsOf(reasons);
    }

    static Stream<Arguments> defaultTolerationCases() {
        return Stream.of(
                // TestNotReadyNodeDaemonLaunchesPod and the lifecycle controller's taints (§3.4)
                Arguments.of("not-ready NoExecute only", aNode("n").taint("node.kubernetes.io/not-ready", NO_EXECUTE).build(), false, true, true),
                Arguments.of("not-ready NoSchedule", aNode("n").taint("node.kubernetes.io/not-ready", NO_SCHEDULE).build(), false, false, true),
                Arguments.of("unreachable NoExecute", aNode("n").taint("node.kubernetes.io/unreachable", NO_EXECUTE).build(), false, true, true),
                Arguments.of("unreachable NoSchedule", aNode("n").taint("node.kubernetes.io/unreachable", NO_SCHEDULE).build(), false, false, true),
                Arguments.of("disk-pressure", aNode("n").taint("node.kubernetes.io/disk-pressure", NO_SCHEDULE).build(), false, true, true),
                Arguments.of("memory-pressure", aNode("n").taint("node.kubernetes.io/memory-pressure", NO_SCHEDULE).build(), false, true, true),
                Arguments.of("pid-pressure", aNode("n").taint("node.kubernetes.io/pid-pressure", NO_SCHEDULE).build(), false, true, true),
                Arguments.of("unschedulable", aNode("n").taint("node.kubernetes.io/unschedulable", NO_SCHEDULE).build(), false, true, true),
                // TestNetworkUnavailableNodeDaemonLaunchesPod: tolerated only with hostNetwork
                Arguments.of("network-unavailable without hostNetwork", aNode("n").taint("node.kubernetes.io/network-unavailable", NO_SCHEDULE).build(), false, false, true),
                Arguments.of("network-unavailable with hostNetwork", aNode("n").taint("node.kubernetes.io/network-unavailable", NO_SCHEDULE).build(), true, true, true),
                Arguments.of("memory-pressure NoExecute is not a default", aNode("n").taint("node.kubernetes.io/memory-pressure", NO_EXECUTE).build(), false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultTolerationCases")
    void evaluateAppliesDefaultDaemonTolerations(String name, ClusterNode node, boolean hostNetwork, boolean shouldRun,
                                                 boolean shouldContinueRunning) {
        DaemonSet ds = hostNetwork ? aDaemonSet("ds").hostNetwork().build() : aDaemonSet("ds").build();
        NodeVerdict verdict = NodeFit.evaluate(node, ds);
        assertThat(verdict.shouldRun()).isEqualTo(shouldRun);
        assertThat(verdict.shouldContinueRunning()).isEqualTo(shouldContinueRunning);
    }

    @Test
    void evaluateWritesTaintsAsKubectlDoes() {
        ClusterNode node = aNode("n").taint("gpu", "true", NO_SCHEDULE).taint("maintenance", NO_EXECUTE).build();
        assertThat(NodeFit.evaluate(node, aDaemonSet("ds").build()).reasons()).extracting(Reason::message)
                .containsExactly("taint gpu=true:NoSchedule is not tolerated", "taint maintenance:NoExecute is not tolerated");
    }

    @Test
    void evaluateIgnoresLegacyAffinityAnnotation() {
        DaemonSet ds = aDaemonSet("ds").templateAnnotation(DaemonSet.LEGACY_AFFINITY_ANNOTATION,
                "{\"nodeAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":{\"nodeSelectorTerms\":"
                        + "[{\"matchExpressions\":[{\"key\":\"zone\",\"operator\":\"In\",\"values\":[\"a\"]}]}]}}}").build();
        NodeVerdict verdict = NodeFit.evaluate(aNode("n").label("zone", "b").build(), ds);
        assertThat(verdict.shouldRun()).isTrue();
    }

    @Test
    void verdictSharesResultsBetweenLookAlikeNodesButKeepsNames() {
        NodeFit fit = NodeFit.forDaemonSet(aDaemonSet("ds").nodeSelector("zone", "a").build());
        NodeVerdict first = fit.verdict(aNode("n1").label("zone", "a").label("other", "1").build());
        NodeVerdict second = fit.verdict(aNode("n2").label("zone", "a").label("other", "2").build());
        NodeVerdict third = fit.verdict(aNode("n3").label("zone", "b").build());
        assertThat(first.node()).isEqualTo("n1");
        assertThat(second.node()).isEqualTo("n2");
        assertThat(second.shouldRun()).isTrue();
        assertThat(third.shouldRun()).isFalse();
        assertThat(third.reasons().get(0).message()).contains("zone=a").contains("node has b");
    }

    @Test
    void verdictDistinguishesNodesByNameWhenMatchFieldsAreUsed() {
        NodeFit fit = NodeFit.forDaemonSet(aDaemonSet("ds").requiredAffinity(fieldTerm(req("metadata.name", "NotIn", "n2"))).build());
        assertThat(fit.verdict(aNode("n1").build()).shouldRun()).isTrue();
        assertThat(fit.verdict(aNode("n2").build()).shouldRun()).isFalse();
    }

    @Test
    void explainListsEveryCheckInOrderWithBothSides() {
        ClusterNode node = aNode("n1").label("kubernetes.io/os", "linux")
                .taint("gpu", "true", NO_SCHEDULE).taint("soft", PREFER_NO_SCHEDULE).taint("node.kubernetes.io/not-ready", NO_EXECUTE).build();
        DaemonSet ds = aDaemonSet("ds").nodeSelector("kubernetes.io/os", "windows")
                .requiredAffinity(term(req("zone", "Gt", "x")), term(req("kubernetes.io/os", "In", "linux"))).build();
        List<FitCheck> checks = NodeFit.explain(node, ds);
        assertThat(checks).extracting(FitCheck::rule).containsExactly("NodeName", "NodeSelector", "NodeAffinity", "TaintToleration", "TaintToleration", "TaintToleration");
        assertThat(checks).extracting(FitCheck::passed).containsExactly(true, false, true, false, true, true);
        assertThat(checks.get(1).detail()).contains("kubernetes.io/os=windows").contains("kubernetes.io/os=linux");
        assertThat(checks.get(2).detail()).contains("term 0").contains("cannot be parsed").contains("term 1").contains("matches");
        assertThat(checks.get(3).detail()).contains("gpu=true:NoSchedule").contains("not tolerated");
        assertThat(checks.get(4).detail()).contains("not considered");
        assertThat(checks.get(5).detail()).contains("tolerated by {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute}");
    }

    @Test
    void explainReportsUntaintedNode() {
        List<FitCheck> checks = NodeFit.explain(aNode("n1").build(), aDaemonSet("ds").build());
        assertThat(checks).extracting(FitCheck::rule).containsExactly("NodeName", "NodeSelector", "NodeAffinity", "TaintToleration");
        assertThat(checks).allMatch(FitCheck::passed);
    }
}
