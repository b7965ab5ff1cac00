package io.dsstudio.simulation;

import io.dsstudio.workspace.SnapshotOpener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots we ship or write read like {@code kubectl get -o yaml}: no YAML anchors or aliases, which kubectl never writes. */
class SnapshotTextStyleTest {
    /** An anchor ({@code &id001}) or alias ({@code *id001}) as a mapping value or sequence item. */
    private static final Pattern ANCHOR_OR_ALIAS = Pattern.compile("(?m)(:|^\\s*-)\\s+[&*][A-Za-z0-9_-]+\\s*$");

    @Test
    void theBundledDemoHasNoAnchorsOrAliases() throws IOException {
        String demo;
        try (InputStream in = getClass().getResourceAsStream(SnapshotOpener.DEMO_RESOURCE)) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(ANCHOR_OR_ALIAS.matcher(demo).find()).as("anchors or aliases in the demo").isFalse();
        // the selectors and template labels that were aliases are written out where they are used
        assertThat(demo).contains("  selector:\n    matchLabels:\n      k8s-app: kube-proxy\n");
    }

    @Test
    void generatedSnapshotsHaveNoAnchorsOrAliases() {
        String text = new ClusterGenerator().generate(new GeneratorOptions(60, 12, 7, Instant.parse("2025-06-12T10:00:00Z")));
        assertThat(ANCHOR_OR_ALIAS.matcher(text).find()).isFalse();
    }

    @Test
    void thePatternFindsWhatPyYamlStyleWritersEmit() {
        assertThat(ANCHOR_OR_ALIAS.matcher("  labels: &id001\n    a: b\n").find()).isTrue();
        assertThat(ANCHOR_OR_ALIAS.matcher("    matchLabels: *id001\n").find()).isTrue();
        assertThat(ANCHOR_OR_ALIAS.matcher("  image: a*b\n  note: '&x'\n").find()).isFalse();
    }
}
