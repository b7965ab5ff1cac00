package io.dsstudio.ui.common;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.MessageText;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.validation.SnapshotValidator;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app shows the snapshot's warnings in its language: for every warning that the test snapshots give, the
 * English bundle renders exactly the CLI's sentence (so the text and its arguments say the same), and the Chinese
 * bundle renders its own sentence.
 */
class DiagnosticTextTest {
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    private static List<Diagnostic> warningsOfTheTestSnapshots() throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/test/resources/cli")),
                Files.walk(Path.of("src/test/resources/warnings")))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            LoadedSnapshot loaded = new SnapshotLoader().loadText(file.toString(), Files.readString(file));
            out.addAll(loaded.diagnostics());
            out.addAll(new SnapshotValidator().validate(loaded));
            out.addAll(new Planner().plan(loaded.snapshot(), TestStudio.CLOCK.instant()).warnings());
        }
        LoadedSnapshot demo = new SnapshotLoader().loadText("demo.yaml", "");
        out.addAll(demo.diagnostics());
        return out.stream().filter(d -> d.text() != null).toList();
    }

    @Test
    void everyLocalisedWarningReadsInEnglishAsTheCliPrintsIt() throws IOException {
        List<Diagnostic> warnings = warningsOfTheTestSnapshots();
        Set<String> codes = new TreeSet<>();
        for (Diagnostic d : warnings) {
            codes.add(d.code());
            assertThat(new DiagnosticText(ENGLISH).of(d)).as(d.code() + " " + d.text()).isEqualTo(d.message());
            String chinese = new DiagnosticText(CHINESE).of(d);
            assertThat(chinese).as(d.code()).isNotEqualTo(d.message()).doesNotContainPattern("\\{\\d");
        }
        assertThat(codes).as("warnings the test snapshots give").contains("MatchesNoNode", "EmptyFile", "OverlappingSelector",
                "HostPortConflict", "LegacyAffinityAnnotation", "NonIntegerGtLt", "DeprecatedApiVersion", "WillAdoptOrphan",
                "OwnedByOtherController", "PodOnMissingNode", "DaemonSetNotReconciled");
    }

    @Test
    void aMissingKeyFallsBackToTheEnglishSentence() {
        Diagnostic d = Diagnostic.warning("Whatever", null, null, "the English sentence").withText("diag.noSuchKey", 1);
        assertThat(new DiagnosticText(CHINESE).of(d)).isEqualTo("the English sentence");
        assertThat(new DiagnosticText(CHINESE).of(MessageText.of("diag.MatchesNoNode.main.UntoleratedTaint"), "x"))
                .isEqualTo("有污点未被容忍");
    }

    @Test
    void phrasesAmongTheArgumentsAreRenderedToo() {
        MessageText text = MessageText.of("diag.MatchesNoNode", 3, MessageText.of("diag.MatchesNoNode.main.NodeSelectorMismatch"),
                MessageText.of("diag.MatchesNoNode.all", 3), "n1", MessageText.of("reason.NodeSelectorMismatch", "pool=gpu", "x"));
        assertThat(new DiagnosticText(CHINESE).of(text, "english"))
                .isEqualTo("该 DaemonSet 不在 3 个节点中的任何一个上运行；主要原因：nodeSelector 不匹配任何节点（全部 3 个节点），例如节点 n1：nodeSelector 不匹配：pool=gpu");
    }
}
