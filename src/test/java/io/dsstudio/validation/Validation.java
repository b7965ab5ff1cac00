package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads YAML text as the editor does and validates it. */
final class Validation {
    private Validation() {
    }

    /** Validation diagnostics of the text; fails when reading it already produced errors. */
    static List<Diagnostic> of(String yaml) {
        LoadedSnapshot loaded = new SnapshotLoader().loadText("ds.yaml", yaml);
        assertThat(loaded.diagnostics()).filteredOn(Diagnostic::isError).as("read errors of\n" + yaml).isEmpty();
        return new SnapshotValidator().validate(loaded);
    }

    static List<Diagnostic> errors(String yaml) {
        return of(yaml).stream().filter(Diagnostic::isError).toList();
    }

    static List<Diagnostic> warnings(String yaml) {
        return of(yaml).stream().filter(d -> !d.isError()).toList();
    }

    /** 1-based line of the first line of {@code yaml} containing {@code anchor}. */
    static int lineOf(String yaml, String anchor) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(anchor)) {
                return i + 1;
            }
        }
        throw new AssertionError("anchor '" + anchor + "' not in\n" + yaml);
    }

    /** "field type" pairs, for comparing error lists with upstream's expectations. */
    static List<String> fieldsAndTypes(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        diagnostics.forEach(d -> out.add(d.field() + " " + d.type()));
        return out;
    }
}
