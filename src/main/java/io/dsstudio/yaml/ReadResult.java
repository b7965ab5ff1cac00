package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;

import java.util.List;

/** Everything read from the inputs: the files, the objects found in them, and what could not be read. */
public record ReadResult(List<SourceFile> files, List<KubeObject> objects, List<Diagnostic> diagnostics) {
    public ReadResult {
        files = List.copyOf(files);
        objects = List.copyOf(objects);
        diagnostics = List.copyOf(diagnostics);
    }
}
