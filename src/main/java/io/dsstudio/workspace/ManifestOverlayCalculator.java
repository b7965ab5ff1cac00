package io.dsstudio.workspace;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.validation.SnapshotValidator;
import io.dsstudio.yaml.IgnoredObject;
import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ObjectOverlay;
import io.dsstudio.yaml.SnapshotLoader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Works out File ▸ Open manifests over this snapshot…: reads the manifests, rejects them when anything in them is
 * wrong (unreadable or invalid, a duplicate inside them), and otherwise lays them over the open snapshot by the rules
 * of {@code --base} ({@link ObjectOverlay}) as a stageable edit. Objects of kinds the snapshot does not model (the
 * ServiceAccounts and ConfigMaps of {@code helm template} output) are left out and listed, as the CLI does.
 */
public final class ManifestOverlayCalculator {
    /**
     * Exactly one of {@code edit} (nothing wrong) and {@code problems} (sorted, each with file and line) is set;
     * {@code ignored} are the objects of other kinds the manifests hold.
     */
    public record Result(ManifestOverlayEdit edit, List<Diagnostic> problems, List<IgnoredObject> ignored) {
        public Result {
            problems = List.copyOf(problems);
            ignored = List.copyOf(ignored);
        }

        public boolean staged() {
            return edit != null;
        }
    }

    private SnapshotLoader loader;

    /** Made on first use (on a background thread): its schema would otherwise cost the window's start. */
    private synchronized SnapshotLoader loader() {
        if (loader == null) {
            loader = new SnapshotLoader();
        }
        return loader;
    }

    /**
     * @param held             the tree the open snapshot holds for a ref, or null (see {@link #heldIn})
     * @param defaultNamespace where manifests that name no namespace go (null: "default")
     */
    public Result calculate(List<String> paths, Function<ObjectRef, Map<String, Object>> held, String defaultNamespace) {
        LoadedSnapshot overlay;
        try {
            overlay = loader().load(paths);
        } catch (InputPathException e) {
            return new Result(null, List.of(Diagnostic.error("UnreadablePath", null, null, ErrorType.NotFound, e.getMessage())), List.of());
        }
        List<Diagnostic> problems = new ArrayList<>();
        overlay.diagnostics().stream().filter(Diagnostic::isError).forEach(problems::add);
        for (Diagnostic d : new SnapshotValidator().validate(overlay)) {
            if (d.isError() && !"DuplicateObject".equals(d.code())) {
                problems.add(d.object() == null ? d : overlay.locate(d, refOf(overlay, d.object())));
            }
        }
        if (problems.isEmpty() && overlay.sources().isEmpty()) {
            problems.add(Diagnostic.error("NoObjects", null, null, ErrorType.Required,
                    "no Node, DaemonSet, Pod or ControllerRevision in " + String.join(", ", paths)));
        }
        if (!problems.isEmpty()) {
            return new Result(null, sorted(problems), overlay.ignored());
        }
        ObjectOverlay.Outcome outcome = new ObjectOverlay().lay(overlay, held, defaultNamespace);
        if (!outcome.problems().isEmpty()) {
            return new Result(null, sorted(outcome.problems()), overlay.ignored());
        }
        return new Result(new ManifestOverlayEdit(paths, outcome), List.of(), overlay.ignored());
    }

    /**
     * The trees an opened snapshot holds as it stands now: a DaemonSet's newest applied editor text, else its
     * document as read; every object only while the current snapshot still has it. A DaemonSet's generations are the
     * current ones (the editor's Apply moves them on without rewriting the file).
     */
    public static Function<ObjectRef, Map<String, Object>> heldIn(LoadedSnapshot loaded, Snapshot current, AppliedDocuments applied) {
        return heldIn(ref -> loaded == null || loaded.source(ref) == null ? null : plain(loaded.source(ref).attached()), current, applied);
    }

    /**
     * As {@link #heldIn(LoadedSnapshot, Snapshot, AppliedDocuments)}, with the trees as read from elsewhere (the live
     * cluster's objects).
     */
    public static Function<ObjectRef, Map<String, Object>> heldIn(Function<ObjectRef, Map<String, Object>> read, Snapshot current,
                                                                  AppliedDocuments applied) {
        Map<ObjectRef, DaemonSet> daemonSets = new HashMap<>();
        current.daemonSets().forEach(d -> daemonSets.put(d.ref(), d));
        java.util.Set<ObjectRef> present = new java.util.HashSet<>(daemonSets.keySet());
        current.nodes().forEach(n -> present.add(n.ref()));
        current.pods().forEach(p -> present.add(p.ref()));
        current.revisions().forEach(r -> present.add(r.ref()));
        SnapshotLoader loader = new SnapshotLoader();
        return ref -> {
            if (!present.contains(ref)) {
                return null;
            }
            DaemonSet ds = daemonSets.get(ref);
            Map<String, Object> tree = null;
            if (ds != null) {
                tree = applied.textFor(ds).map(text -> loader.loadText("applied.yaml", text).source(ref))
                        .map(ManifestOverlayCalculator::plain).orElse(null);
            }
            if (tree == null) {
                tree = read.apply(ref);
            }
            return tree == null || ds == null ? tree : withGenerations(tree, ds);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withGenerations(Map<String, Object> tree, DaemonSet ds) {
        Map<String, Object> out = new LinkedHashMap<>(tree);
        Map<String, Object> meta = new LinkedHashMap<>(out.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
        if (ds.meta().generation() != null) {
            meta.put("generation", ds.meta().generation());
        }
        if (ds.generation() != null && !DaemonSet.EXTENSIONS_V1BETA1.equals(ds.apiVersion())) {
            Map<String, Object> annotations = new LinkedHashMap<>(meta.get("annotations") instanceof Map<?, ?> a
                    ? (Map<String, Object>) a : Map.of());
            annotations.put(DaemonSet.GENERATION_ANNOTATION, Long.toString(ds.generation()));
            meta.put("annotations", annotations);
        }
        out.put("metadata", meta);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(KubeObject object) {
        return object == null ? null : (Map<String, Object>) object.root().toPlain();
    }

    private static ObjectRef refOf(LoadedSnapshot overlay, String object) {
        return overlay.sources().keySet().stream().filter(r -> r.toString().equals(object)).findFirst().orElse(null);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> problems) {
        return problems.stream().sorted(Diagnostic.ORDER).toList();
    }
}
