package io.dsstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate}: JSON shape, order by file/line/column, text lines and exit codes 0/1/2. */
class ValidateCommandTest {
    private static final String GOOD = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: good
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: good}
              template:
                metadata:
                  labels: {app: good}
                  annotations:
                    scheduler.alpha.kubernetes.io/affinity: 'not json'
                spec:
                  containers:
                  - {name: c, image: i}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: kube-system}
            """;
    private static final String BAD = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: bad
            spec:
              selector:
                matchLabels: {app: x}
              template:
                metadata:
                  labels: {app: "y"}
                spec:
                  restartPolicy: Never
                  containers:
                  - {name: c, image: i}
              updateStrategy:
                rollingUpdate: {maxUnavailable: 0}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CliMain(new Output(new PrintWriter(out), new PrintWriter(err))).run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void validateJsonReportsWarningsAndExitsZeroWhenValid() throws IOException {
        Path good = write("good.yaml", GOOD);
        assertThat(run("validate", "-o", "json", good.toString())).isEqualTo(ExitCodes.OK);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("errors")).isEmpty();
        assertThat(report.get("warnings")).hasSize(1);
        JsonNode warning = report.get("warnings").get(0);
        List<String> keys = new ArrayList<>();
        warning.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("severity", "code", "object", "field", "type", "message", "file", "line", "column");
        assertThat(warning.get("severity").asText()).isEqualTo("warning");
        assertThat(warning.get("code").asText()).isEqualTo("LegacyAffinityAnnotation");
        assertThat(warning.get("object").asText()).isEqualTo("DaemonSet/kube-system/good");
        assertThat(warning.get("field").asText()).isEqualTo("spec.template.metadata.annotations");
        assertThat(warning.get("type").isNull()).isTrue();
        assertThat(warning.get("line").asInt()).isEqualTo(12);
        assertThat(warning.get("column").asInt()).isEqualTo(7);
        assertThat(report.get("ignored")).singleElement().satisfies(i -> {
            assertThat(i.get("kind").asText()).isEqualTo("ConfigMap");
            assertThat(i.get("name").asText()).isEqualTo("settings");
        });
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validateJsonSortsErrorsByFileLineAndColumnAndExitsOne() throws IOException {
        Path bad = write("a-bad.yaml", BAD);
        Path alsoBad = write("b-bad.yaml", BAD.replace("name: bad", "name: worse"));
        assertThat(run("validate", "-o", "json", alsoBad.toString(), bad.toString())).isEqualTo(ExitCodes.INVALID);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("valid").asBoolean()).isFalse();
        List<String> order = new ArrayList<>();
        report.get("errors").forEach(e -> order.add(Path.of(e.get("file").asText()).getFileName() + ":" + e.get("line").asInt()
                + ":" + e.get("column").asInt() + " " + e.get("field").asText() + " " + e.get("type").asText()));
        assertThat(order).containsExactly(
                "a-bad.yaml:10:7 spec.template.metadata.labels Invalid",
                "a-bad.yaml:12:7 spec.template.spec.restartPolicy NotSupported",
                "a-bad.yaml:16:21 spec.updateStrategy.rollingUpdate.maxUnavailable Required",
                "b-bad.yaml:10:7 spec.template.metadata.labels Invalid",
                "b-bad.yaml:12:7 spec.template.spec.restartPolicy NotSupported",
                "b-bad.yaml:16:21 spec.updateStrategy.rollingUpdate.maxUnavailable Required");
        assertThat(report.get("errors").get(0).get("message").asText())
                .isEqualTo("Invalid value: {\"app\":\"y\"}: `selector` does not match template `labels`");
        assertThat(err.toString().lines()).hasSize(6);
    }

    @Test
    void validateTextPrintsOneLinePerDiagnostic() throws IOException {
        Path bad = write("bad.yaml", BAD);
        assertThat(run("validate", bad.toString())).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString().lines().toList()).containsExactly(
                bad + ":10:7: error: spec.template.metadata.labels: Invalid value: {\"app\":\"y\"}: `selector` does not match template `labels`",
                bad + ":12:7: error: spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"",
                bad + ":16:21: error: spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0");
    }

    @Test
    void validateExitsTwoForAMissingPath() {
        assertThat(run("validate", "-o", "json", dir.resolve("missing.yaml").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no such file or directory");
    }
}
