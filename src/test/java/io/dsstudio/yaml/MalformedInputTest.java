package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input becomes diagnostics with file, line and column; the good documents around it are still read. */
class MalformedInputTest {
    private static final String GOOD_NODE = """
            apiVersion: v1
            kind: Node
            metadata:
              name: good
            """;

    private static LoadedSnapshot load(String path, String text) {
        return new SnapshotLoader().loadText(path, text);
    }

    private static Diagnostic only(LoadedSnapshot loaded) {
        assertThat(loaded.diagnostics()).hasSize(1);
        return loaded.diagnostics().get(0);
    }

    /** (name, file, text, code, line, column, message part) */
    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("unclosed flow mapping", "a.yaml", GOOD_NODE + "---\napiVersion: v1\nkind: Node\nmetadata: {name: x\n",
                        "SyntaxError", 9, 1, "flow mapping"),
                Arguments.of("bad indentation", "b.yaml", GOOD_NODE + "---\napiVersion: v1\nkind: Node\nmetadata:\n  name: x\n labels: {}\n",
                        "SyntaxError", 10, 2, "expected <block end>"),
                Arguments.of("tab indentation", "c.yaml", GOOD_NODE + "---\napiVersion: v1\nkind: Node\nmetadata:\n\tname: x\n",
                        "SyntaxError", 9, 1, "TAB"),
                Arguments.of("unclosed quote", "d.yaml", GOOD_NODE + "---\napiVersion: v1\nkind: Node\nmetadata:\n  name: \"x\n",
                        "SyntaxError", 10, 1, "quoted scalar"),
                Arguments.of("duplicate key", "e.yaml", GOOD_NODE + "---\napiVersion: v1\nkind: Node\nmetadata:\n  name: x\n  name: y\n",
                        "SyntaxError", 10, 3, "duplicate key \"name\" (first at line 9)"),
                Arguments.of("unknown alias", "f.yaml", GOOD_NODE + "---\napiVersion: v1\nkind: Node\nmetadata: *nowhere\n",
                        "SyntaxError", 8, 11, "nowhere"),
                Arguments.of("malformed json", "g.json", "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Node\",\n  \"metadata\": {\"name\": \"x\",}\n}\n",
                        "SyntaxError", 4, 28, "unexpected character '}': expected a field name in double quotes"),
                Arguments.of("truncated json", "h.json", "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Node\",\n  \"metadata\": {\"name\": \"x\"\n",
                        "SyntaxError", 5, 1, "unexpected end of input: the object opened at line 4, column 15 is not closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void loadReportsSyntaxErrorAtFileLineColumn(String name, String file, String text, String code, int line, int column,
                                                String message) {
        LoadedSnapshot loaded = load(file, text);

        Diagnostic d = only(loaded);
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.type()).isEqualTo(ErrorType.SyntaxError);
        assertThat(d.position().file()).isEqualTo(file);
        assertThat(d.message()).contains(message);
        assertThat(d.position().line()).as("line of: " + d.message()).isEqualTo(line);
        assertThat(d.position().column()).as("column of: " + d.message()).isEqualTo(column);
        if (file.endsWith(".yaml")) {
            assertThat(loaded.snapshot().nodes()).extracting(n -> n.meta().name()).containsExactly("good");
        }
    }

    @Test
    void loadReportsWrongTypeAtItsField() {
        String text = """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: ds
                spec:
                  selector: {matchLabels: {app: a}}
                  updateStrategy:
                    rollingUpdate:
                      maxUnavailable: {}
                  template:
                    metadata: {labels: {app: a}}
                    spec:
                      hostNetwork: "yes"
                      containers: [{name: c, image: i}]
                """;

        LoadedSnapshot loaded = load("ds.yaml", text);

        assertThat(loaded.diagnostics()).extracting(Diagnostic::field, d -> d.position().line(), d -> d.position().column())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("spec.updateStrategy.rollingUpdate.maxUnavailable", 9, 23),
                        org.assertj.core.groups.Tuple.tuple("spec.template.spec.hostNetwork", 13, 20));
        assertThat(loaded.diagnostics()).allMatch(d -> d.type() == ErrorType.Invalid && d.code().equals("InvalidType"));
        assertThat(loaded.snapshot().daemonSets()).isEmpty();
    }

    @Test
    void loadReportsMissingKindAndApiVersion() {
        String text = GOOD_NODE + "---\napiVersion: v1\nmetadata:\n  name: nokind\n---\nkind: Node\nmetadata:\n  name: noversion\n";

        LoadedSnapshot loaded = load("m.yaml", text);

        assertThat(loaded.diagnostics()).extracting(Diagnostic::code, Diagnostic::field, d -> d.position().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MissingField", "kind", 6),
                        org.assertj.core.groups.Tuple.tuple("MissingField", "apiVersion", 10));
        assertThat(loaded.diagnostics()).allMatch(d -> d.type() == ErrorType.Required);
        assertThat(loaded.snapshot().nodes()).hasSize(1);
    }

    @Test
    void loadNamesUnknownDaemonSetApiVersion() {
        String text = GOOD_NODE + "---\napiVersion: apps/v2beta7\nkind: DaemonSet\nmetadata:\n  name: ds\n";

        Diagnostic d = only(load("v.yaml", text));

        assertThat(d.code()).isEqualTo("UnknownApiVersion");
        assertThat(d.message()).contains("apps/v2beta7").contains("DaemonSet").contains("apps/v1");
        assertThat(d.position().line()).isEqualTo(6);
    }

    @Test
    void readReportsBinaryGarbage(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Files.write(dir.resolve("garbage.yaml"), garbage);
        Files.write(dir.resolve("latin1.yaml"), "name: caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("good.yaml"), GOOD_NODE);

        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(dir.toString()));

        assertThat(loaded.diagnostics()).extracting(Diagnostic::code, d -> Path.of(d.position().file()).getFileName().toString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("BinaryFile", "garbage.yaml"),
                        org.assertj.core.groups.Tuple.tuple("BinaryFile", "latin1.yaml"));
        assertThat(loaded.snapshot().nodes()).hasSize(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void loadNeverThrowsOnRandomPrintableGarbage(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(GOOD_NODE).append("---\n");
        String alphabet = "abc:-[]{}'\"#&*!|>%@`, \n\t?";
        for (int i = 0; i < 400; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        LoadedSnapshot loaded = load("random.yaml", text.toString());

        assertThat(loaded.snapshot().nodes()).extracting(n -> n.meta().name()).contains("good");
        assertThat(loaded.diagnostics()).allMatch(d -> d.position() != null && d.position().line() >= 5);
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L, 5L, 8L, 13L, 21L, 34L, 55L, 89L);
    }

    @Test
    void loadRejectsDeepNestingWithoutStackOverflow() {
        String deepYaml = GOOD_NODE + "---\nspec: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String deepJson = "{\"apiVersion\": \"v1\", \"kind\": \"Node\", \"spec\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        Diagnostic yaml = only(load("deep.yaml", deepYaml));
        Diagnostic json = only(load("deep.json", deepJson));

        assertThat(yaml.code()).isEqualTo("SyntaxError");
        assertThat(yaml.message()).containsIgnoringCase("nesting");
        assertThat(yaml.position().line()).isEqualTo(6);
        assertThat(json.code()).isEqualTo("SyntaxError");
        assertThat(json.message()).containsIgnoringCase("nesting");
    }

    @Test
    void loadRejectsBillionLaughs() {
        StringBuilder bomb = new StringBuilder(GOOD_NODE).append("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\n");
        bomb.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }

        Diagnostic d = only(load("bomb.yaml", bomb.toString()));

        assertThat(d.code()).isEqualTo("SyntaxError");
        assertThat(d.message()).contains("alias bomb");
        assertThat(d.position().line()).isEqualTo(6);
    }

    @Test
    void loadRejectsTooManyAliases() {
        StringBuilder text = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nbase: &b {k: v}\nrefs:\n");
        for (int i = 0; i < 1_001; i++) {
            text.append("- *b\n");
        }

        Diagnostic d = only(load("aliases.yaml", text.toString()));

        assertThat(d.message()).contains("more than 1000 aliases");
    }

    @Test
    void loadWarnsAboutEmptyFile() {
        Diagnostic empty = only(load("empty.yaml", ""));
        Diagnostic blank = only(load("blank.yaml", "\n   \n"));
        LoadedSnapshot onlyComments = load("comments.yaml", "# nothing here\n---\n# nor here\n");

        assertThat(empty.code()).isEqualTo("EmptyFile");
        assertThat(empty.severity()).isEqualTo(Severity.WARNING);
        assertThat(blank.code()).isEqualTo("EmptyFile");
        assertThat(onlyComments.snapshot().nodes()).isEmpty();
        assertThat(onlyComments.diagnostics()).noneMatch(Diagnostic::isError);
    }

    @Test
    void loadReportsDuplicateObjectAtSecondCopy() {
        Diagnostic d = only(load("dup.yaml", GOOD_NODE + "---\n" + GOOD_NODE));

        assertThat(d.code()).isEqualTo("DuplicateObject");
        assertThat(d.type()).isEqualTo(ErrorType.Duplicate);
        assertThat(d.message()).contains("good").contains("dup.yaml:1");
        assertThat(d.position().line()).isEqualTo(9);
    }

    @Test
    void loadReportsScalarAndListDocuments() {
        LoadedSnapshot loaded = load("s.yaml", "just a string\n---\n- a\n- b\n---\n" + GOOD_NODE);

        assertThat(loaded.diagnostics()).extracting(Diagnostic::code, d -> d.position().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NotAnObject", 1),
                        org.assertj.core.groups.Tuple.tuple("NotAnObject", 3));
        assertThat(loaded.snapshot().nodes()).hasSize(1);
    }

    @Test
    void readRejectsMissingPath() {
        assertThatThrownBy(() -> new ManifestReader().read(List.of("/no/such/dir/x.yaml")))
                .isInstanceOf(InputPathException.class).hasMessageContaining("/no/such/dir/x.yaml");
    }
}
