package io.dsstudio.ui.editor;

import io.dsstudio.domain.Severity;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class YamlHighlighterTest {
    private static final String TEXT = "# head\nspec:\n  selector:\n    matchLabels: {a: b!}\n  count: 3\n---\nname: 'x'\n";

    private static Collection<String> styleAt(StyleSpans<Collection<String>> spans, int offset) {
        int at = 0;
        for (var span : spans) {
            if (offset < at + span.getLength()) {
                return span.getStyle();
            }
            at += span.getLength();
        }
        return List.of();
    }

    static Stream<Arguments> tokens() {
        return Stream.of(Arguments.of("# head", "yaml-comment"), Arguments.of("spec", "yaml-key"), Arguments.of("matchLabels", "yaml-key"),
                Arguments.of("3\n", "yaml-number"), Arguments.of("---", "yaml-marker"), Arguments.of("'x'", "yaml-string"));
    }

    @ParameterizedTest
    @MethodSource("tokens")
    void highlightGivesEachTokenItsStyle(String token, String style) {
        var spans = YamlHighlighter.highlight(TEXT, List.of());
        assertThat(spans.length()).isEqualTo(TEXT.length());
        assertThat(styleAt(spans, TEXT.indexOf(token))).contains(style);
    }

    @Test
    void highlightMarksAProblemFromItsColumnToTheEndOfTheToken() {
        EditorProblem p = new EditorProblem(Severity.ERROR, "X", 4, 18, "spec.selector.matchLabels", "bad");
        var spans = YamlHighlighter.highlight(TEXT, List.of(p));
        int at = YamlHighlighter.offset(TEXT, 4, 18);
        assertThat(TEXT.substring(at)).startsWith("{a:");
        assertThat(styleAt(spans, at)).contains("yaml-error");
        assertThat(styleAt(spans, at - 2)).doesNotContain("yaml-error");
        assertThat(styleAt(spans, TEXT.indexOf("count"))).doesNotContain("yaml-error");
    }

    @Test
    void offsetIsClampedIntoTheTextWhateverTheLineAndColumn() {
        assertThat(YamlHighlighter.offset(TEXT, 99, 1)).isEqualTo(TEXT.length());
        assertThat(YamlHighlighter.offset(TEXT, 1, 99)).isEqualTo(TEXT.indexOf('\n'));
        assertThat(YamlHighlighter.highlight("", List.of(new EditorProblem(Severity.ERROR, "X", 1, 1, "", "m"))).length()).isZero();
    }

    static Stream<Arguments> indents() {
        return Stream.of(Arguments.of("spec:", "  "), Arguments.of("  template:", "    "), Arguments.of("  - name: a", "    "),
                Arguments.of("    image: x", "    "), Arguments.of("", ""), Arguments.of("  - key:", "      "));
    }

    @ParameterizedTest
    @MethodSource("indents")
    void indentationAfterALineFollowsYamlBlocks(String line, String expected) {
        assertThat(Indentation.after(line, line.length())).isEqualTo(expected);
    }
}
