package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.SourcePosition;
import io.dsstudio.domain.Snapshot;

import java.util.List;
import java.util.Map;

/**
 * A snapshot with where each object came from. {@code snapshot} holds every object that could be read,
 * including DaemonSets that fail validation (callers decide whether to plan them).
 *
 * @param diagnostics reading and mapping problems (syntax, types, apiVersions, duplicates), not validation
 */
public record LoadedSnapshot(Snapshot snapshot, ReadResult read, Map<ObjectRef, KubeObject> sources,
                             List<Diagnostic> diagnostics, List<IgnoredObject> ignored) {
    public LoadedSnapshot {
        sources = io.dsstudio.domain.HandedOver.held(sources);
        diagnostics = List.copyOf(diagnostics);
        ignored = List.copyOf(ignored);
    }

    public KubeObject source(ObjectRef ref) {
        return sources.get(ref);
    }

    /** Gives a diagnostic without a position the position of its object and field, when the object has source text. */
    public Diagnostic locate(Diagnostic d, ObjectRef ref) {
        if (d.position() != null || ref == null) {
            return d;
        }
        KubeObject source = sources.get(ref);
        if (source == null) {
            return d;
        }
        SourcePosition where = d.field() == null ? source.position() : source.locate(d.field());
        return d.at(where);
    }
}
