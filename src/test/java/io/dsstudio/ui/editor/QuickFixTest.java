package io.dsstudio.ui.editor;

import io.dsstudio.domain.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick fix of an unknown field renames the mistyped key where it stands and changes nothing else. */
class QuickFixTest {
    private static final String TEXT = """
            apiVersion: apps/v1
            kind: DaemonSet
            spec:
              template:
                spec:
                  nodeSelecter: {disk: ssd}
                  "hostNetwrk": true
            """;

    private static EditorProblem unknown(int line, int column, String field, String meant) {
        return new EditorProblem(Severity.ERROR, "UnknownField", line, column, field,
                "unknown field \"" + field + "\": did you mean " + meant + "?");
    }

    @Test
    void quickFixRenamesTheMistypedKey() {
        EditorProblem p = unknown(6, 7, "spec.template.spec.nodeSelecter", "nodeSelector");
        QuickFix fix = QuickFix.of(p);
        assertThat(fix).isEqualTo(new QuickFix("nodeSelecter", "nodeSelector"));
        assertThat(fix.applyTo(TEXT, p)).isEqualTo(TEXT.replace("nodeSelecter:", "nodeSelector:"));
    }

    @Test
    void quickFixRenamesAQuotedKeyInsideItsQuotes() {
        EditorProblem p = unknown(7, 7, "spec.template.spec.hostNetwrk", "hostNetwork");
        assertThat(QuickFix.of(p).applyTo(TEXT, p)).isEqualTo(TEXT.replace("\"hostNetwrk\"", "\"hostNetwork\""));
    }

    @Test
    void quickFixDoesNothingWhenTheTextMovedOn() {
        EditorProblem p = unknown(5, 7, "spec.template.spec.nodeSelecter", "nodeSelector");
        assertThat(QuickFix.of(p).applyTo(TEXT, p)).isNull();
        assertThat(QuickFix.of(unknown(60, 1, "spec.x", "y")).applyTo(TEXT, unknown(60, 1, "spec.x", "y"))).isNull();
    }

    @Test
    void problemsWithoutASuggestionHaveNoQuickFix() {
        assertThat(QuickFix.of(new EditorProblem(Severity.ERROR, "UnknownField", 6, 7, "spec.template.spec.fooBar",
                "unknown field \"spec.template.spec.fooBar\""))).isNull();
        assertThat(QuickFix.of(new EditorProblem(Severity.ERROR, "UnknownField", 6, 7, "spec.type",
                "unknown field \"spec.type\": did you mean updateStrategy.type (it belongs one level deeper)?"))).isNull();
        assertThat(QuickFix.of(new EditorProblem(Severity.ERROR, "InvalidType", 6, 7, "spec.x", "did you mean y?"))).isNull();
    }
}
