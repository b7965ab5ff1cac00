package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.SourcePosition;
import io.dsstudio.schema.KubeSchema;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.NameSuggestions;
import io.dsstudio.yaml.YEntry;

import java.util.List;
import java.util.Set;

/**
 * An object of a built-in API version whose kind is close to one the tool reads but is no kind upstream knows
 * ({@code kind: Daemonset}) would be ignored, its contents lost; kubectl rejects it ({@code no matches for kind
 * "Daemonset" in version "apps/v1"}), and so does this check, with the kind it probably means.
 */
final class KindCheck {
    private static final Set<String> BUILT_IN_VERSIONS = Set.of("v1", "apps/v1", "apps/v1beta1", "apps/v1beta2",
            "extensions/v1beta1");
    private final KubeSchema schema;

    KindCheck(KubeSchema schema) {
        this.schema = schema;
    }

    List<Diagnostic> check(KubeObject object) {
        String kind = object.kind();
        if (schema.kind(kind) != null || schema.isKnownKind(kind) || kind.endsWith("List")
                || !BUILT_IN_VERSIONS.contains(object.apiVersion())) {
            return List.of();
        }
        String meant = NameSuggestions.closest(kind, schema.readKinds());
        if (meant == null) {
            return List.of();
        }
        YEntry at = object.root().entry("kind");
        int line = at == null ? object.root().line() : at.value().line();
        int column = at == null ? object.root().column() : at.value().column();
        return List.of(new Diagnostic(Severity.ERROR, "UnknownKind", object.ref().toString(), "kind", ErrorType.NotSupported,
                "no matches for kind " + GoValues.quote(kind) + " in version " + GoValues.quote(object.apiVersion())
                        + ": did you mean " + meant + "?",
                new SourcePosition(object.file().displayPath(), line, column)));
    }
}
