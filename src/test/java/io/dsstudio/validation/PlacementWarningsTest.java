package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dsstudio.validation.DaemonSetYaml.valid;
import static org.assertj.core.api.Assertions.assertThat;

/** MatchesNoNode, HostPortConflict and LegacyAffinityAnnotation, decided with reconcile's NodeFit. */
class PlacementWarningsTest {
    private static final String NODES = Docs.node("n1", "{zone: a, kubernetes.io/os: linux}", "[]")
            + Docs.node("n2", "{zone: b, kubernetes.io/os: linux}", "[]")
            + Docs.node("gpu", "{zone: b, kubernetes.io/os: linux}", "[{key: nvidia.com/gpu, value: present, effect: NoSchedule}]");

    private static List<Diagnostic> warnings(String code, String yaml) {
        return Validation.warnings(yaml).stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void validateWarnsWhenTheNodeSelectorMatchesNoNode() {
        String yaml = valid().addPodSpec("nodeSelector:\n  kubernetes.io/os: windows").then(NODES).text();
        assertThat(warnings("MatchesNoNode", yaml)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("spec.template.spec.nodeSelector");
            assertThat(w.message()).startsWith("the DaemonSet runs on none of the 3 nodes; main reason: the nodeSelector matches no node (on all 3 nodes), e.g. node n1: nodeSelector does not match");
            assertThat(w.position().line()).isEqualTo(Validation.lineOf(yaml, "nodeSelector:"));
        });
    }

    @Test
    void validateNamesTheReasonOfTheClosestNodes() {
        String tainted = Docs.node("t1", "{zone: b}", "[{key: dedicated, value: infra, effect: NoSchedule}]")
                + Docs.node("t2", "{zone: a}", "[{key: dedicated, value: infra, effect: NoExecute}]");
        String yaml = valid().addPodSpec("affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n"
                + "      nodeSelectorTerms:\n      - matchExpressions: [{key: zone, operator: In, values: [a]}]").then(tainted)
                .then(Docs.node("n2", "{zone: b}", "[]")).text();
        assertThat(warnings("MatchesNoNode", yaml)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("spec.template.spec.tolerations");
            assertThat(w.message()).contains("main reason: a taint is not tolerated (on 1 of 3 nodes; the others fail an earlier check), "
                    + "e.g. node t2: taint dedicated=infra:NoExecute is not tolerated");
        });
    }

    @Test
    void validateReportsUntoleratedTaintsAsTheReason() {
        String yaml = valid().then(Docs.node("t1", "{}", "[{key: dedicated, value: infra, effect: NoSchedule}]")).text();
        assertThat(warnings("MatchesNoNode", yaml)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("spec.template.spec.tolerations");
            assertThat(w.message()).contains("none of the 1 node;").contains("a taint is not tolerated (on the only node), e.g. node t1: taint dedicated=infra:NoSchedule is not tolerated");
        });
    }

    @Test
    void validateDoesNotWarnWithoutNodesOrWhenSomeNodeFits() {
        assertThat(warnings("MatchesNoNode", valid().addPodSpec("nodeSelector:\n  kubernetes.io/os: windows").text())).isEmpty();
        assertThat(warnings("MatchesNoNode", valid().then(NODES).text())).isEmpty();
    }

    @Test
    void validateWarnsAboutTwoDaemonSetsClaimingAHostPortOnACommonNode() {
        String exporter = "containers:\n- name: abc\n  image: image\n  ports:\n  - containerPort: 9100\n    hostPort: 9100";
        String other = "hostNetwork: true\ncontainers:\n- name: c\n  image: i\n  ports:\n  - {containerPort: 53, protocol: UDP}\n  - {containerPort: 9100}";
        String yaml = valid().podSpec(exporter).then(NODES).then(otherDaemonSet(other)).text();
        assertThat(warnings("HostPortConflict", yaml)).singleElement().satisfies(w -> {
            assertThat(w.object()).isEqualTo("DaemonSet/default/other");
            assertThat(w.field()).isEqualTo("spec.template.spec.containers[0].ports[1]");
            assertThat(w.message()).isEqualTo("DaemonSets default/abc and default/other both claim host port 9100/TCP and both run on node n1"
                    + " (and possibly others): only one of their pods can start on such a node");
            assertThat(w.position().line()).isEqualTo(Validation.lineOf(yaml, "- {containerPort: 9100}"));
        });
    }

    @Test
    void validateIgnoresOtherProtocolsAndDisjointNodes() {
        String tcp = "hostNetwork: true\ncontainers:\n- name: abc\n  image: image\n  ports:\n  - containerPort: 53";
        String udp = "hostNetwork: true\ncontainers:\n- name: c\n  image: i\n  ports:\n  - {containerPort: 53, protocol: UDP}";
        assertThat(warnings("HostPortConflict", valid().podSpec(tcp).then(NODES).then(otherDaemonSet(udp)).text())).isEmpty();
        String zoneA = tcp + "\nnodeSelector: {zone: a}";
        String zoneB = udp.replace(", protocol: UDP", "") + "\nnodeSelector: {zone: b}";
        assertThat(warnings("HostPortConflict", valid().podSpec(zoneA).then(NODES).then(otherDaemonSet(zoneB)).text())).isEmpty();
    }

    @Test
    void validateExplainsTheLegacyAffinityAnnotation() {
        String json = "'{\"nodeAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":{\"nodeSelectorTerms\":"
                + "[{\"matchExpressions\":[{\"key\":\"zone\",\"operator\":\"In\",\"values\":[\"b\"]}]}]}}}'";
        String yaml = valid().templateMetadata("labels:\n  a: b\nannotations:\n  scheduler.alpha.kubernetes.io/affinity: " + json)
                .then(NODES).text();
        assertThat(warnings("LegacyAffinityAnnotation", yaml)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("spec.template.metadata.annotations");
            assertThat(w.message()).isEqualTo("scheduler.alpha.kubernetes.io/affinity is ignored by Kubernetes since 1.8; it would have "
                    + "restricted the DaemonSet to 1 of 3 nodes: n2; move it to spec.template.spec as affinity: {nodeAffinity: "
                    + "{requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: zone, operator: In, values: [b]}]}]}}}");
            assertThat(w.position().line()).isEqualTo(Validation.lineOf(yaml, "annotations:"));
        });
    }

    @Test
    void validateSaysWhenTheLegacyAnnotationIsNotJson() {
        String yaml = valid().templateMetadata("labels:\n  a: b\nannotations:\n  scheduler.alpha.kubernetes.io/affinity: 'zone=a'").text();
        assertThat(warnings("LegacyAffinityAnnotation", yaml)).singleElement().satisfies(w ->
                assertThat(w.message()).startsWith("scheduler.alpha.kubernetes.io/affinity is ignored by Kubernetes since 1.8, and its value is not a JSON Affinity (not valid JSON"));
    }

    private static String otherDaemonSet(String podSpec) {
        return "---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: other\n  namespace: default\nspec:\n  selector:\n"
                + "    matchLabels: {app: other}\n  template:\n    metadata:\n      labels: {app: other}\n    spec:\n" + DaemonSetYaml.indent(podSpec, 6);
    }
}
