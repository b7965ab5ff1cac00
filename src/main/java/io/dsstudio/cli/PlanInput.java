package io.dsstudio.cli;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.validation.SnapshotValidator;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A loaded snapshot with its diagnostics (reading + validation), and the snapshot the planner may use:
 * every DaemonSet with an error diagnostic is left out.
 */
final class PlanInput {
    final LoadedSnapshot loaded;
    final List<Diagnostic> errors = new ArrayList<>();
    final List<Diagnostic> warnings = new ArrayList<>();
    final Snapshot plannable;
    private final Map<String, ObjectRef> refs = new HashMap<>();
    private final Map<ObjectRef, KubeObject> positions;

    PlanInput(LoadedSnapshot loaded) {
        this(loaded, loaded.sources());
    }

    /** @param positions where each object was written by the user (with --base, the base's or the overlay's text) */
    PlanInput(LoadedSnapshot loaded, Map<ObjectRef, KubeObject> positions) {
        this.loaded = loaded;
        this.positions = positions.isEmpty() ? loaded.sources() : positions;
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(new SnapshotValidator().validate(loaded));
        for (Diagnostic d : all) {
            (d.isError() ? errors : warnings).add(locate(d));
        }
        // A duplicate is reported on the second copy, which was never read into the snapshot: the first still plans.
        Set<String> rejected = errors.stream().filter(d -> !"DuplicateObject".equals(d.code()))
                .map(Diagnostic::object).filter(o -> o != null).collect(Collectors.toSet());
        Snapshot s = loaded.snapshot();
        List<DaemonSet> accepted = s.daemonSets().stream().filter(ds -> !rejected.contains(ds.ref().toString())).toList();
        this.plannable = new Snapshot(s.nodes(), accepted, s.pods(), s.revisions());
    }

    /** Gives a diagnostic the position of its object and field in the input. */
    Diagnostic locate(Diagnostic d) {
        if (d.object() == null || d.position() != null) {
            return d;
        }
        ObjectRef ref = ref(d.object());
        KubeObject source = positions.get(ref);
        if (source == null) {
            return loaded.locate(d, ref);
        }
        return d.at(d.field() == null ? source.position() : source.locate(d.field()));
    }

    /**
     * The object a diagnostic names, by its name as shown. The index of names is built at the first diagnostic
     * without a position, not for every plan: a large snapshot has hundreds of thousands of objects.
     */
    private ObjectRef ref(String shown) {
        if (refs.isEmpty()) {
            loaded.sources().keySet().forEach(r -> refs.put(r.toString(), r));
        }
        return refs.get(shown);
    }

    void printErrors(Output output) {
        errors.stream().sorted(Diagnostic.ORDER).forEach(d -> output.err().println(DiagnosticJson.line(d)));
    }
}
