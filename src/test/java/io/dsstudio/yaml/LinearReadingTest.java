package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading is linear in the input's size, held by counting the characters the YAML scanner is served rather than by a
 * clock: SnakeYAML's own reader copied its window from the start of the current token for every 1 KiB it read, so a
 * 50 MB token cost about 1.2 × 10¹² copied characters (an 8 MB line took 19 s); the whole-text reader serves each
 * character a small constant number of times.
 */
class LinearReadingTest {
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    /** Each character is peeked at and copied once or twice; anything near the square of the length is far above. */
    private static final long WORK_PER_CHAR = 4;

    private static String repeat(char c, int count) {
        return String.valueOf(c).repeat(count);
    }

    private static YamlTreeBuilder reader(String text) {
        return new DocumentParser(ReadLimits.DEFAULT).generalReader(new DocumentText(text, 0, 1, true));
    }

    @Test
    void fiftyMegabyteSingleLineFlowDocumentIsReadWithLinearWork() throws SyntaxProblem {
        String head = "{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":&n \"n1\",\"labels\":{\"host\":*n},"
                + "\"annotations\":{\"big\":\"";
        String text = head + repeat('x', FIFTY_MB - head.length() - 4) + "\"}}}";
        assertThat(text.indexOf('\n')).isEqualTo(-1);

        YamlTreeBuilder reader = reader(text);
        List<YNode> roots = reader.readAll();

        assertThat(reader.work()).isBetween((long) text.length(), WORK_PER_CHAR * text.length());
        YMap metadata = (YMap) ((YMap) roots.get(0)).get("metadata");
        assertThat(((YScalar) ((YMap) metadata.get("labels")).get("host")).value()).isEqualTo("n1");
        assertThat(((YScalar) ((YMap) metadata.get("annotations")).get("big")).text()).hasSize(FIFTY_MB - head.length() - 4);
    }

    @Test
    void blockYamlWithAnAnchorAndAFiftyMegabyteLineIsReadWithLinearWork() throws SyntaxProblem {
        String head = "apiVersion: v1\nkind: Node\nmetadata:\n  name: &n n1\n  labels:\n    host: *n\n  annotations:\n    big: ";
        String text = head + repeat('y', FIFTY_MB) + "\n";

        YamlTreeBuilder reader = reader(text);
        reader.readAll();

        assertThat(reader.work()).isLessThanOrEqualTo(WORK_PER_CHAR * text.length());
    }

    @Test
    void theLoaderReadsTheFiftyMegabyteLineIntoANode() {
        String head = "apiVersion: v1\nkind: Node\nmetadata:\n  name: &n n1\n  labels:\n    host: *n\n  annotations:\n    big: \"";
        String text = head + repeat('z', FIFTY_MB) + "\"\n";

        LoadedSnapshot loaded = new SnapshotLoader().loadText("big.yaml", text);

        assertThat(loaded.diagnostics()).isEmpty();
        ClusterNode node = loaded.snapshot().nodes().get(0);
        assertThat(node.labels()).containsEntry("host", "n1");
    }
}
