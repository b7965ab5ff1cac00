package io.dsstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.dsstudio.cli.PlanCommandTest.resource;
import static io.dsstudio.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class ExplainCommandTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void labelsTheKubeletSetsFromTheMachineAreNeverOfferedAsAFix() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("windows.yaml"), """
                apiVersion: v1
                kind: Node
                metadata:
                  name: win-1
                  labels: {kubernetes.io/os: windows, kubernetes.io/arch: amd64}
                status:
                  conditions: [{type: Ready, status: "True"}]
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent, namespace: default}
                spec:
                  selector: {matchLabels: {app: agent}}
                  template:
                    metadata: {labels: {app: agent}}
                    spec:
                      nodeSelector: {kubernetes.io/os: linux, disk: ssd}
                      affinity:
                        nodeAffinity:
                          requiredDuringSchedulingIgnoredDuringExecution:
                            nodeSelectorTerms:
                            - matchExpressions: [{key: kubernetes.io/arch, operator: In, values: [arm64]}]
                      containers: [{name: agent, image: agent:1}]
                """);
        PlanCommandTest.Run run = run("explain", "-o", "json", "agent", "win-1", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode checklist = run.json().get("checklist");
        List<String> fixes = new ArrayList<>();
        checklist.forEach(row -> row.get("fixes").forEach(f -> fixes.add(f.get("fix").asText() + " "
                + (f.has("key") ? f.get("key").asText() + "=" + f.get("value").asText() : f.path("taint").asText()))));
        assertThat(fixes).as("a Windows node labelled linux would run Linux pods, and the kubelet sets the label back")
                .containsExactly("addNodeLabel disk=ssd");
    }

    @Test
    void explainJsonListsEveryCheck() throws Exception {
        PlanCommandTest.Run run = run("explain", "-o", "json", "kube-system/fluentd", "node-2", resource("plan-example.yaml"));
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = run.json();
        assertThat(root.fieldNames()).toIterable().containsExactly("daemonSet", "node", "shouldRun", "shouldContinueRunning", "checks",
                "checklist");
        assertThat(root.get("daemonSet").asText()).isEqualTo("kube-system/fluentd");
        assertThat(root.get("shouldRun").asBoolean()).isFalse();
        assertThat(root.get("shouldContinueRunning").asBoolean()).isTrue();
        List<String> rules = new ArrayList<>();
        root.get("checks").forEach(c -> rules.add(c.get("rule").asText() + ":" + c.get("passed").asBoolean()));
        assertThat(rules).containsExactly("NodeName:true", "NodeSelector:true", "NodeAffinity:true", "TaintToleration:false");
        assertThat(root.get("checks").get(1).get("detail").asText()).contains("kubernetes.io/os=linux");
        assertThat(root.get("checks").get(3).get("detail").asText()).contains("gpu=true:NoSchedule");
    }

    @Test
    void explainChecklistHasARowPerAffinityTermTheMergedDefaultsAndTheNodeState() throws Exception {
        PlanCommandTest.Run run = run("explain", "-o", "json", "agent", "n1", resource("explain-affinity.yaml"));
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = run.json();
        List<String> checks = new ArrayList<>();
        root.get("checks").forEach(c -> checks.add(c.get("rule").asText() + ":" + c.get("passed").asBoolean()));
        assertThat(checks).as("the historical checks keep their shape")
                .containsExactly("NodeName:true", "NodeSelector:false", "NodeAffinity:false", "TaintToleration:true", "TaintToleration:false", "TaintToleration:false");
        List<String> rows = new ArrayList<>();
        root.get("checklist").forEach(c -> rows.add(c.get("rule").asText() + ":" + c.get("status").asText()));
        assertThat(rows).containsExactly("NodeName:pass", "NodeSelector:fail", "NodeAffinity:fail", "AffinityTerm:fail",
                "AffinityTerm:fail", "TaintToleration:pass", "TaintToleration:fail", "TaintToleration:fail", "DefaultToleration:info", "DefaultToleration:info",
                "DefaultToleration:info", "DefaultToleration:info", "DefaultToleration:info", "DefaultToleration:info",
                "NodeState:info", "NodeState:info");
        JsonNode term0 = root.get("checklist").get(3);
        assertThat(term0.get("term").asInt()).isZero();
        assertThat(term0.get("daemonSetValue").asText()).isEqualTo("zone In [a, b]");
        assertThat(term0.get("nodeValue").asText()).isEqualTo("zone=c");
        assertThat(term0.get("fixes").get(0).get("fix").asText()).isEqualTo("addNodeLabel");
        assertThat(term0.get("fixes").get(0).get("value").asText()).isEqualTo("a");
        assertThat(root.get("checklist").get(4).get("fixes")).as("Exists needs a value no one can guess").isEmpty();
        JsonNode selector = root.get("checklist").get(1);
        assertThat(selector.get("fixes")).hasSize(1);
        assertThat(selector.get("fixes").get(0).get("key").asText()).isEqualTo("disk");
        List<String> notReadyFixes = new ArrayList<>();
        root.get("checklist").get(6).get("fixes").forEach(f -> notReadyFixes.add(f.get("fix").asText()));
        assertThat(notReadyFixes).as("node.kubernetes.io taints come back: never offer to remove them").containsExactly("tolerateTaint");
        List<String> userTaintFixes = new ArrayList<>();
        root.get("checklist").get(7).get("fixes").forEach(f -> userTaintFixes.add(f.get("fix").asText() + " " + f.get("taint").asText()));
        assertThat(userTaintFixes).containsExactly("tolerateTaint dedicated=db:NoExecute", "removeNodeTaint dedicated=db:NoExecute");
        JsonNode cordonDefault = root.get("checklist").get(13);
        assertThat(cordonDefault.get("daemonSetValue").asText()).contains("node.kubernetes.io/unschedulable");
        assertThat(cordonDefault.get("nodeValue").asText()).isEqualTo("node.kubernetes.io/unschedulable:NoSchedule");
        assertThat(root.get("checklist").get(14).get("nodeValue").asText()).isEqualTo("Ready=False");
        assertThat(root.get("checklist").get(15).get("nodeValue").asText()).isEqualTo("unschedulable=true");
    }

    @Test
    void explainTextShowsTermsDefaultsNodeStateAndFixes() throws Exception {
        PlanCommandTest.Run run = run("explain", "agent", "n1", resource("explain-affinity.yaml"));
        assertThat(run.out()).contains("  FAIL    term 0: zone In [a, b]; node: zone=c",
                "fix: kubectl label node n1 disk=ssd --overwrite", "fix: kubectl taint node n1 dedicated:NoExecute-",
                "default daemon tolerations merged into the pod:", "Ready=False: node is NotReady",
                "unschedulable=true: cordoned");
        assertThat(run.out()).doesNotContain("kubectl taint node n1 node.kubernetes.io");
    }

    @Test
    void explainTextResolvesUniqueNameWithoutNamespace() throws Exception {
        PlanCommandTest.Run run = run("explain", "fluentd", "node-1", resource("plan-example.yaml"));
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("DaemonSet kube-system/fluentd on node node-1: shouldRun=true, shouldContinueRunning=true");
        assertThat(run.out()).contains("pass  NodeSelector");
    }

    @Test
    void explainRejectsUnknownDaemonSetOrNode() throws Exception {
        PlanCommandTest.Run noDs = run("explain", "nope", "node-1", resource("plan-example.yaml"));
        assertThat(noDs.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noDs.err().lines().count()).isEqualTo(1);
        assertThat(noDs.err()).contains("no DaemonSet nope");
        PlanCommandTest.Run noNode = run("explain", "fluentd", "node-9", resource("plan-example.yaml"));
        assertThat(noNode.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noNode.err()).contains("no node named node-9");
    }

    @Test
    void explainListsCandidatesForAmbiguousName() throws Exception {
        PlanCommandTest.Run run = run("explain", "agent", "node-1", resource("two-namespaces.yaml"));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("team-a/agent, team-b/agent");
        PlanCommandTest.Run qualified = run("explain", "team-b/agent", "node-1", resource("two-namespaces.yaml"));
        assertThat(qualified.out()).contains("team-b/agent on node node-1: shouldRun=true");
        assertThat(qualified.code()).as("the file holds an invalid DaemonSet").isEqualTo(ExitCodes.INVALID);
    }
}
