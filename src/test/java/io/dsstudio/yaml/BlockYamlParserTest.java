package io.dsstudio.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast block-YAML reader must build exactly the trees SnakeYAML's general parser builds (values, texts,
 * positions, flow flags, sizes) for every document it accepts, and must give up on every document SnakeYAML
 * rejects, so a document's meaning never depends on which reader read it.
 */
class BlockYamlParserTest {
    private static final DocumentParser GENERAL = new DocumentParser(ReadLimits.DEFAULT);

    /** The fast reader's trees, or null when it gave up; and the same document read by SnakeYAML. */
    private static void assertSameAsGeneral(String document) {
        // The fast reader reads the document in place, as a window of its file's text.
        String file = "kind: Before\n" + document + "\n---\nkind: After\n";
        DocumentText window = DocumentText.window(file, 13, 13 + document.length(), 7, true);
        List<YNode> fast = BlockYamlParser.tryParse(window, ReadLimits.DEFAULT, new StringCache());
        if (fast == null) {
            return;
        }
        List<YNode> general;
        try {
            general = GENERAL.parseGeneral(new DocumentText(document, 13, 7, true));
        } catch (SyntaxProblem e) {
            throw new AssertionError("fast reader accepted a document SnakeYAML rejects (" + e.getMessage()
                    + " at " + e.line() + ":" + e.column() + "):\n" + document);
        }
        assertThat(fast).as("trees of:\n%s", document).isEqualTo(general);
    }

    private static boolean accepted(String document) {
        return BlockYamlParser.tryParse(new DocumentText(document, 0, 1, true), ReadLimits.DEFAULT, new StringCache()) != null;
    }

    static Stream<String> kubectlStyle() {
        return Stream.of(
                "apiVersion: v1\nkind: Node\nmetadata:\n  name: node-1\n  labels:\n    kubernetes.io/os: linux\n",
                "spec:\n  taints:\n  - effect: NoSchedule\n    key: a\n  - effect: NoExecute\n    key: b\n    value: \"x\"\n",
                "items:\n- a\n- b\n-\n- - c\n  - d\n",
                "a:\nb: ''\nc: \"\"\nd: {}\ne: []\nf: { }\n",
                "# head\n\nkey: value # trailing\n  # indented comment\nother:   spaced   words  \n",
                "ports:\n  - containerPort: 9100\n    hostPort: 9100\n    name: metrics\n    protocol: TCP\n",
                "image: registry.k8s.io/kube-proxy:v1.29.0\nurl: http://example.com:80/path\nk: a#b\n",
                "mode: 0644\nenabled: yes\nn: ~\nf: 1.5\nneg: -3\nhex: 0x1F\nstr: '0644'\n",
                "\"quoted key\": 1\n'single': 2\n\"esc\\\"aped\": \"tab\\there\\n\\u00e9\\\\\"\nit: 'it''s'\n",
                "  indented: root\n  second: 2\n",
                "a:\n  b:\n    c:\n      - d: 1\n        e:\n        - f\n",
                "crlf: yes\r\nlist:\r\n- one\r\n- two\r\n",
                "key :  spaced colon\nk2: v # c\n#end",
                "- a: 1\n  b: 2\n- c: 3\n",
                "args: [\"--v=2\", --logtostderr, '', 3]\nresources: {requests: {cpu: 50m, memory: 64Mi}, limits: { }}\n",
                "a: -x\nb: :y\nc: ?z\nd: x:y\ne: 'a: b'\n",
                "\"q\" : 1\n'r'   :   two\nlist:\n-   spaced\n-\n  nested: map\n");
    }

    @ParameterizedTest
    @MethodSource("kubectlStyle")
    void tryParseReadsKubectlStyleDocumentsAsSnakeYamlDoes(String document) {
        assertThat(accepted(document)).as("accepted:\n%s", document).isTrue();
        assertSameAsGeneral(document);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >-\n  folded\n", "a: [1,\n  2]\n",
            "a: {b:1}\n", "a: [k: v]\n", "a: [x,]\n", "a: {\"k\":1}\n", "a: [x # c\n  ]\n", "a: {b}\n", "a: multi\n  line\n", "a: 'open\n  quote'\n", "a:\tb\n", "\ta: b\n", "<<: {}\n",
            "? complex\n: key\n", "%YAML 1.1\n--- \na: 1\n", "a: 1\n...\n", "just a scalar\n", "a: 1\na: 2\n",
            "a: b: c\n", "- a\nb: c\n", "a: 1\n- b\n", "a: 1\n   b: 2\n", "a: \"\\U0001F600\"\n", "a: 😀\n",
            "a: \"x\" y\n", "a: @x\n", "a: `x`\n", "a: b\u0085c\n", "a:\r b\n", "a: 'x'#c\n", "-x\n"})
    void tryParseLeavesEverythingElseToTheGeneralParser(String document) {
        assertThat(accepted(document)).as("accepted:\n%s", document).isFalse();
    }

    @Test
    void tryParseGivesUpBeforeTheNestingLimit() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            deep.append(" ".repeat(i)).append("k:\n");
        }
        assertThat(accepted(deep.toString())).isFalse();
    }

    static Stream<Path> realWorldFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            // the malformed corpus is hostile input in other encodings, read by MalformedCorpusTest instead
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.toString().contains("malformed")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realWorldFiles")
    void tryParseAgreesWithSnakeYamlOnEveryTestResource(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        for (DocumentSplitter.Chunk chunk : DocumentSplitter.split(content)) {
            assertSameAsGeneral(chunk.text());
        }
    }

    @Test
    void tryParseAcceptsMostRealWorldDocuments() throws IOException {
        int documents = 0;
        int read = 0;
        for (Path file : realWorldFiles().toList()) {
            for (DocumentSplitter.Chunk chunk : DocumentSplitter.split(Files.readString(file))) {
                if (!chunk.text().isBlank()) {
                    documents++;
                    read += accepted(chunk.text()) ? 1 : 0;
                }
            }
        }
        // Block scalars (scripts, config files) are common in real DaemonSets; those documents go the slow way.
        assertThat(read).as("%d of %d documents read by the fast reader", read, documents).isGreaterThan(documents / 3);
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 200);
    }

    /** Random block documents, then random damage: whatever the fast reader accepts, SnakeYAML reads the same. */
    @ParameterizedTest
    @MethodSource("seeds")
    void tryParseMatchesSnakeYamlOnRandomDocuments(int seed) {
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < 300; i++) {
            String document = RandomBlockYaml.document(random);
            if (random.nextBoolean()) {
                document = RandomBlockYaml.damage(document, random);
            }
            assertSameAsGeneral(document);
            accepted += accepted(document) ? 1 : 0;
        }
        assertThat(accepted).as("documents the fast reader accepted").isGreaterThan(60);
    }
}
