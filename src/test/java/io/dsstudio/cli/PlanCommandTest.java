package io.dsstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CliMain(new Output(new PrintWriter(out), new PrintWriter(err))).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String resource(String name) throws URISyntaxException {
        return Path.of(PlanCommandTest.class.getResource("/cli/" + name).toURI()).toString();
    }

    @Test
    void planJsonMatchesTheContract() throws Exception {
        Run run = run("plan", "-o", "json", "--now", "2026-01-01T01:00:00Z", resource("plan-example.yaml"));
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = run.json();
        assertThat(root.fieldNames()).toIterable().containsExactly("daemonSets", "warnings", "errors", "ignored");
        JsonNode ds = root.get("daemonSets").get(0);
        assertThat(ds.fieldNames()).toIterable().containsExactly("namespace", "name", "desiredNumberScheduled",
                "currentNumberScheduled", "numberMisscheduled", "numberReady", "updatedNumberScheduled", "numberAvailable",
                "numberUnavailable", "nodes", "actions");
        assertThat(ds.get("namespace").asText()).isEqualTo("kube-system");
        assertThat(List.of(ds.get("desiredNumberScheduled").asInt(), ds.get("currentNumberScheduled").asInt(),
                ds.get("numberMisscheduled").asInt(), ds.get("numberReady").asInt(), ds.get("updatedNumberScheduled").asInt(),
                ds.get("numberAvailable").asInt(), ds.get("numberUnavailable").asInt())).containsExactly(2, 1, 2, 1, 1, 1, 1);
        List<String> nodes = new ArrayList<>();
        ds.get("nodes").forEach(n -> nodes.add(n.get("node").asText()));
        assertThat(nodes).containsExactly("node-1", "node-2", "node-3", "node-4");
        JsonNode node2 = ds.get("nodes").get(1);
        assertThat(node2.get("shouldRun").asBoolean()).isFalse();
        assertThat(node2.get("shouldContinueRunning").asBoolean()).isTrue();
        assertThat(node2.get("reasons").get(0).get("code").asText()).isEqualTo("UntoleratedTaint");
        assertThat(node2.get("reasons").get(0).get("message").asText()).isEqualTo("taint gpu=true:NoSchedule is not tolerated");
        assertThat(ds.get("nodes").get(3).get("reasons").get(0).get("message").asText())
                .isEqualTo("taint maintenance:NoExecute is not tolerated");
        assertThat(ds.get("nodes").get(0).get("reasons")).isEmpty();
        JsonNode create = ds.get("actions").get(0);
        assertThat(create.fieldNames()).toIterable().containsExactly("type", "node", "reason");
        assertThat(create.get("node").asText()).isEqualTo("node-3");
        JsonNode delete = ds.get("actions").get(1);
        assertThat(delete.fieldNames()).toIterable().containsExactly("type", "node", "pod", "cause", "reason");
        assertThat(delete.get("pod").asText()).isEqualTo("fluentd-x7k2p");
        assertThat(delete.get("cause").asText()).isEqualTo("NoExecuteTaint");
        assertThat(root.get("errors")).isEmpty();
    }

    /** As kubectl -o json (Go's json.MarshalIndent with four spaces): "key": value, one member per line, [] when empty. */
    @Test
    void planJsonIsLaidOutAsKubectlLaysItOut() throws Exception {
        Run run = run("plan", "-o", "json", "--now", "2026-01-01T01:00:00Z", resource("plan-example.yaml"));
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("{");
        assertThat(lines[1]).isEqualTo("    \"daemonSets\": [");
        assertThat(lines[2]).isEqualTo("        {");
        assertThat(lines[3]).isEqualTo("            \"namespace\": \"kube-system\",");
        assertThat(run.out()).contains("\"reasons\": []").contains("    \"errors\": [],\n").doesNotContain("\" :")
                .endsWith("\n}\n");
    }

    @Test
    void planYamlPrintsTheSameTree() throws Exception {
        Run json = run("plan", "-o", "json", "--now", "2026-01-01T01:00:00Z", resource("plan-example.yaml"));
        Run yaml = run("plan", "-o", "yaml", "--now", "2026-01-01T01:00:00Z", resource("plan-example.yaml"));
        assertThat(new YAMLMapper().readTree(yaml.out())).isEqualTo(json.json());
    }

    @Test
    void planTableShowsKubectlColumnsActionsAndExcludedNodes() throws Exception {
        Run run = run("plan", "--now", "2026-01-01T01:00:00Z", resource("plan-example.yaml"));
        assertThat(run.code()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).matches("NAMESPACE +NAME +DESIRED +CURRENT +READY +UP-TO-DATE +AVAILABLE +MISSCHEDULED +NODE SELECTOR");
        assertThat(lines[1]).matches("kube-system +fluentd +2 +1 +1 +1 +1 +2 +kubernetes.io/os=linux");
        assertThat(run.out()).contains("create on node-3:")
                .contains("delete fluentd-x7k2p on node-4 (NoExecuteTaint)")
                .contains("node-2 (a running pod may stay): taint gpu=true:NoSchedule is not tolerated");
    }

    @Test
    void planSortsDaemonSetsAndReportsBadDocumentsAsErrors() throws Exception {
        Run run = run("plan", "-o", "json", resource("two-namespaces.yaml"));
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        JsonNode root = run.json();
        List<String> keys = new ArrayList<>();
        root.get("daemonSets").forEach(d -> keys.add(d.get("namespace").asText() + "/" + d.get("name").asText()));
        assertThat(keys).containsExactly("team-a/agent", "team-b/agent");
        assertThat(root.get("errors")).isNotEmpty();
        assertThat(root.get("errors").get(0).get("object").asText()).isEqualTo("DaemonSet/team-a/broken");
        assertThat(root.get("errors").get(0).get("line").asInt()).isPositive();
        assertThat(run.err()).contains("minReadySeconds");
        assertThat(run.err().lines().count()).isEqualTo(root.get("errors").size());
    }

    @Test
    void planRejectsBadNowAndMissingPath() throws Exception {
        assertThat(run("plan", "--now", "yesterday", resource("plan-example.yaml")).code()).isEqualTo(ExitCodes.USAGE);
        Run missing = run("plan", "/no/such/file.yaml");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isNotBlank();
        assertThat(run("plan", "-o", "xml", resource("plan-example.yaml")).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void planUsesNowForMinReadySeconds() throws Exception {
        Run run = run("plan", "-o", "json", "--now", "2026-01-01T00:01:00+00:00", resource("plan-example.yaml"));
        assertThat(run.code()).isZero();
        assertThat(run.json().get("daemonSets").get(0).get("numberAvailable").asInt()).isEqualTo(1);
    }
}
