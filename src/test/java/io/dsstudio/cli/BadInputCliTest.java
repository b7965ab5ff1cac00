package io.dsstudio.cli;

import io.dsstudio.yaml.AtomicFileWriter;
import io.dsstudio.yaml.IoReasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.dsstudio.cli.PlanCommandTest.resource;
import static io.dsstudio.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says about bad input and bad calls: plain words, one line each, kubectl's habits. */
class BadInputCliTest {
    private static final String NODE = "apiVersion: v1\nkind: Node\nmetadata:\n  name: node-1\n";
    private static final String DAEMONSET = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  containers:
                  - name: agent
                    image: example/agent:1.0
            """;

    @TempDir
    Path dir;

    @Test
    void aClosedPipeEndsQuietlyWithStatus141() throws Exception {
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();

        int code = new CliMain(Output.of(closedPipe, new PrintWriter(err))).run(new String[] {"plan", resource("plan-example.yaml")});

        assertThat(code).isEqualTo(ExitCodes.CLOSED_PIPE).isEqualTo(141);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anEmptyFolderIsAUsageErrorSayingNoObjectsPassed() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        PlanCommandTest.Run run = run("validate", empty.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: no objects passed");
    }

    @Test
    void aFileNamedTwiceOnTheCommandLineIsReadOnceAndSchemaChecked() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("twice"));
        Path file = folder.resolve("ds.yaml");
        Files.writeString(file, "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: kube-system}\n"
                + "spec:\n  selector:\n    matchLabels: {app: agent}\n  template:\n    metadata:\n      labels: {app: agent}\n"
                + "    spec:\n      nodeSelecter: {disk: ssd}\n      containers:\n      - {name: agent, image: agent:1}\n");

        PlanCommandTest.Run run = run("validate", folder.toString(), file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat((run.out() + run.err()).lines().filter(l -> l.contains("nodeSelecter")).distinct())
                .as("one unknown-field error, no duplicate of the file").hasSize(1);
        assertThat(run.out() + run.err()).doesNotContain("DuplicateObject").doesNotContain("already defined");
    }

    @Test
    void validateTextModeSummarisesIgnoredObjectsInOneLine() throws IOException {
        Path file = dir.resolve("mixed.yaml");
        Files.writeString(file, NODE + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
                + "apiVersion: v1\nkind: Service\nmetadata: {name: b}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: c}\n");

        PlanCommandTest.Run run = run("validate", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).containsExactly("3 objects of other kinds ignored");
    }

    @Test
    void aFileNameWithANewlineStaysOnOneLine() throws IOException {
        Path file = dir.resolve("bad\nname.yaml");
        Files.writeString(file, NODE + "  labels: [\n");

        PlanCommandTest.Run run = run("validate", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("bad\\nname.yaml:6:1: error:");
    }

    @Test
    void generateSaysInOneSentenceThatDemoTakesNoSizes() {
        PlanCommandTest.Run run = run("generate", "--demo", "--nodes", "3");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("error: --demo writes the bundled demo snapshot: it takes no --nodes, --daemonsets or --seed"
                + System.lineSeparator());
    }

    @Test
    void picocliErrorsAreNotPrefixedTwice() {
        PlanCommandTest.Run run = run("plan", "--output", "nonsense", "x.yaml");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: ").doesNotContain("Error:");
    }

    @Test
    void ioFailuresAreGivenInWords() {
        assertThat(IoReasons.of(new AccessDeniedException("/x/y.yaml"))).isEqualTo("permission denied");
        assertThat(IoReasons.of(new java.nio.file.NoSuchFileException("/x"))).isEqualTo("no such file or directory");
    }

    @Test
    void anOutputThatCannotBeWrittenSaysWhy() throws IOException {
        Path input = dir.resolve("in.yaml");
        Files.writeString(input, NODE + "---\n" + DAEMONSET);
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");

        PlanCommandTest.Run run = run("apply", "--out", notADirectory.resolve("out.yaml").toString(), input.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot write the result to " + notADirectory.resolve("out.yaml") + ": ");
    }

    @Test
    void inPlaceNeverOverwritesABackup() throws IOException {
        Path input = dir.resolve("cluster.yaml");
        Files.writeString(input, NODE + "---\n" + DAEMONSET);
        String original = Files.readString(input);

        assertThat(run("apply", "--in-place", input.toString()).code()).isZero();
        // the writer --in-place uses, run twice more on the same file
        AtomicFileWriter inPlace = new AtomicFileWriter(true);
        String afterApply = Files.readString(input);
        inPlace.write(input, "second");
        inPlace.write(input, "third");

        assertThat(Files.readString(dir.resolve("cluster.yaml.bak"))).isEqualTo(original);
        assertThat(Files.readString(dir.resolve("cluster.yaml.bak.1"))).isEqualTo(afterApply);
        assertThat(Files.readString(dir.resolve("cluster.yaml.bak.2"))).isEqualTo("second");
        assertThat(Files.readString(input)).isEqualTo("third");
    }

    @Test
    void validatePlanAndExplainAcceptButDoNotListYesAndTimeout() throws Exception {
        for (String command : new String[] {"validate", "plan", "explain"}) {
            assertThat(run(command, "--help").out()).doesNotContain("--yes").doesNotContain("--timeout");
        }
        assertThat(run("apply", "--help").out()).contains("--yes").contains("--timeout");
        assertThat(run("validate", "--timeout", "1m", resource("plan-example.yaml")).code()).isZero();
    }

    @Test
    void topLevelHelpDescribesAllSixCommands() {
        String help = run("--help").out();

        for (String command : new String[] {"validate", "plan", "explain", "apply", "delete", "generate"}) {
            assertThat(help).containsPattern("(?m)^  " + command + " ");
        }
    }

    @Test
    void deleteInPlaceHelpSpeaksOfDeleting() {
        String help = run("delete", "--help").out();

        assertThat(help).doesNotContain("New pods").contains("FILE.bak.1");
    }

    @Test
    void validateAndExplainPrintYaml() throws Exception {
        PlanCommandTest.Run validate = run("validate", "-o", "yaml", resource("plan-example.yaml"));
        PlanCommandTest.Run explain = run("explain", "-o", "yaml", "fluentd", "node-1", resource("plan-example.yaml"));

        assertThat(validate.out()).contains("valid: true").contains("errors: []");
        assertThat(explain.out()).contains("daemonSet: kube-system/fluentd").contains("rule: NodeName");
    }

    @Test
    void explainNamesTheTaintRuleTheSameWithAndWithoutTaints() throws Exception {
        String untainted = run("explain", "fluentd", "node-1", resource("plan-example.yaml")).out();
        String tainted = run("explain", "fluentd", "node-2", resource("plan-example.yaml")).out();

        assertThat(untainted).contains("TaintToleration:");
        assertThat(tainted).contains("TaintToleration:").doesNotContain(" Taint:");
    }
}
