package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates every DaemonSet of a loaded snapshot (semantics.md §8) and reports the cross-object warnings.
 * Returned diagnostics carry positions in the input. Reading problems ({@link LoadedSnapshot#diagnostics()},
 * including DeprecatedApiVersion) are not repeated here.
 */
public final class SnapshotValidator {
    private final SpecValidator specValidator = new SpecValidator();
    private final List<SnapshotCheck> checks = List.of(
            new WillAdoptOrphanCheck(),
            new OwnedByOtherControllerCheck(),
            new OverlappingSelectorCheck(),
            new LegacyAffinityCheck(),
            new MatchesNoNodeCheck(),
            new HostPortConflictCheck(),
            new NonIntegerGtLtCheck());

    /** Errors and warnings of every DaemonSet in the snapshot, sorted by file, line and column. */
    public List<Diagnostic> validate(LoadedSnapshot loaded) {
        List<Diagnostic> out = new ArrayList<>();
        for (DaemonSet ds : loaded.snapshot().daemonSets()) {
            specValidator.validate(ds).forEach(d -> out.add(locate(loaded, d, ds.ref())));
        }
        for (Finding f : warnings(loaded.snapshot())) {
            out.add(locate(loaded, f.diagnostic(), f.ref()));
        }
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /**
     * Errors and warnings of one DaemonSet of the snapshot (the editor's buffer, say), with the other objects of
     * the snapshot as context for the warnings.
     */
    public List<Diagnostic> validateDaemonSet(LoadedSnapshot loaded, DaemonSet ds) {
        List<Diagnostic> out = new ArrayList<>();
        specValidator.validate(ds).forEach(d -> out.add(locate(loaded, d, ds.ref())));
        for (Finding f : warnings(loaded.snapshot())) {
            if (f.ref().equals(ds.ref())) {
                out.add(locate(loaded, f.diagnostic(), f.ref()));
            }
        }
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /**
     * Positions a diagnostic in its object's text. Upstream reports template labels and annotations on
     * {@code spec.template.labels} / {@code .annotations}; in the text they stand under {@code spec.template.metadata}.
     */
    static Diagnostic locate(LoadedSnapshot loaded, Diagnostic d, ObjectRef ref) {
        KubeObject source = loaded.source(ref);
        if (d.position() != null || source == null) {
            return d;
        }
        return d.at(d.field() == null ? source.position() : source.locate(textPath(d.field())));
    }

    static String textPath(String field) {
        for (String key : List.of("labels", "annotations")) {
            String upstream = "spec.template." + key;
            if (field.equals(upstream) || field.startsWith(upstream + ".") || field.startsWith(upstream + "[")) {
                return "spec.template.metadata." + field.substring("spec.template.".length());
            }
        }
        return field;
    }

    /** The warnings alone, without positions (for callers that hold no source text). */
    public List<Finding> warnings(Snapshot snapshot) {
        return warnings(snapshot, new VisitCounter());
    }

    /** The warnings, counting the objects the checks visit into {@code visits}; they share one index of the snapshot. */
    List<Finding> warnings(Snapshot snapshot, VisitCounter visits) {
        SnapshotIndex index = new SnapshotIndex(snapshot, visits);
        List<Finding> out = new ArrayList<>();
        for (SnapshotCheck check : checks) {
            out.addAll(check.check(index));
        }
        return out;
    }
}
