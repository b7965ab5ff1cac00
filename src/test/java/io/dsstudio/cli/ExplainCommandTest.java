package io.dsstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.dsstudio.cli.PlanCommandTest.resource;
import static io.dsstudio.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class ExplainCommandTest {
    @Test
    void explainJsonListsEveryCheck() throws Exception {
        PlanCommandTest.Run run = run("explain", "-o", "json", "kube-system/fluentd", "node-2", resource("plan-example.yaml"));
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = run.json();
        assertThat(root.fieldNames()).toIterable().containsExactly("daemonSet", "node", "shouldRun", "shouldContinueRunning", "checks");
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
