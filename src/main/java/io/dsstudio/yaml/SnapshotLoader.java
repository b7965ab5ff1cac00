package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ControllerRevision;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.SourcePosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Reads manifests and maps the kinds the tool models into a {@link Snapshot}. */
public final class SnapshotLoader {
    static final Set<String> DAEMONSET_VERSIONS = Set.of("apps/v1", "apps/v1beta2", DaemonSet.EXTENSIONS_V1BETA1);
    private static final Set<String> REVISION_VERSIONS = Set.of("apps/v1", "apps/v1beta1", "apps/v1beta2");

    private final ManifestReader reader;
    private final ObjectCheck check;

    public SnapshotLoader() {
        this(new ManifestReader());
    }

    /** Reads with the installed object checks (schema and API-server rules, see {@link ObjectCheck#installed()}). */
    public SnapshotLoader(ManifestReader reader) {
        this(reader, ObjectCheck.installed());
    }

    public SnapshotLoader(ManifestReader reader, ObjectCheck check) {
        this.reader = reader;
        this.check = check;
    }

    public LoadedSnapshot load(List<String> paths) throws InputPathException {
        return loadWithProgress(paths, ReadProgress.NONE);
    }

    /** {@link #load(List)} telling {@code progress} how far each file is read (the app's progress bar). */
    public LoadedSnapshot loadWithProgress(List<String> paths, ReadProgress progress) throws InputPathException {
        check.prepareAhead(); // while the files are read and split
        ManifestReader.MappedRead read = reader.read(paths, null, this::premapChecked, progress);
        return map(read.read(), read.mapped());
    }

    /** Display path of standard input in diagnostics. */
    public static final String STDIN = "<stdin>";

    /**
     * Reads the paths in order in one pass; the path {@code -} stands for {@code stdinText} (shown as {@value #STDIN}),
     * read in its place and once. A file named both before and after {@code -} is read once, as in
     * {@link #load(List)}, and every source gets the object checks.
     */
    public LoadedSnapshot load(List<String> paths, String stdinText) throws InputPathException {
        ManifestReader.TextSource dash = paths.contains("-")
                ? new ManifestReader.TextSource(STDIN, stdinText == null ? "" : stdinText) : null;
        check.prepareAhead();
        ManifestReader.MappedRead read = reader.read(paths, dash, this::premapChecked);
        return map(read.read(), read.mapped());
    }

    public LoadedSnapshot loadText(String displayPath, String text) {
        ManifestReader.MappedRead read = reader.readText(displayPath, text, this::premapChecked);
        return map(read.read(), read.mapped());
    }

    /**
     * {@link #premap} plus the object checks, while the tree is at hand. A check's finding at a place where mapping
     * already reported an error is left out (one message per mistake).
     */
    private Object premapChecked(KubeObject object) {
        Object mapped = premap(object);
        List<Diagnostic> checked = check.check(object);
        if (checked.isEmpty()) {
            return mapped;
        }
        List<Diagnostic> problems = new ArrayList<>();
        Set<SourcePosition> reported = new HashSet<>();
        if (mapped instanceof MappedObject m) {
            problems.addAll(m.problems());
            m.problems().forEach(d -> reported.add(d.position()));
        }
        for (Diagnostic d : checked) {
            if (!reported.contains(d.position())) {
                problems.add(d);
            }
        }
        return mapped instanceof MappedObject m
                ? new MappedObject(m.value(), problems, m.failed()) : new MappedObject(null, problems, false);
    }

    public static LoadedSnapshot map(ReadResult read) {
        // Mapping one object depends on nothing else: map them all in parallel, then decide in file order.
        List<KubeObject> objects = read.objects();
        Object[] premapped = new Object[objects.size()];
        IntStream.range(0, objects.size()).parallel().forEach(i -> premapped[i] = premap(objects.get(i)));
        return map(read, Arrays.asList(premapped));
    }

    /** An object's mapping, or null for kinds the snapshot does not model. */
    private static Object premap(KubeObject object) {
        return isModelled(object.kind()) ? mapObject(object) : null;
    }

    private static LoadedSnapshot map(ReadResult read, List<Object> premapped) {
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        List<IgnoredObject> ignored = new ArrayList<>();
        // sized for every object at once: this loop runs on one thread after the parallel read, and rehashing a
        // table of a quarter of a million entries several times over showed in its profile
        Map<ObjectRef, KubeObject> sources = new HashMap<>(Math.max(16, read.objects().size() * 4 / 3 + 1));
        List<ClusterNode> nodes = new ArrayList<>();
        List<DaemonSet> daemonSets = new ArrayList<>();
        List<Pod> pods = new ArrayList<>();
        List<ControllerRevision> revisions = new ArrayList<>();
        List<KubeObject> objects = read.objects();
        // Once mapped, objects let go of their trees (see KubeObject): they are most of a large snapshot's memory.
        List<KubeObject> detached = new ArrayList<>(objects.size());
        for (KubeObject object : objects) {
            detached.add(object.detached());
        }
        for (int index = 0; index < objects.size(); index++) {
            KubeObject object = detached.get(index);
            String kind = object.kind();
            if (!isModelled(kind)) {
                if (premapped.get(index) instanceof MappedObject checked) {
                    diagnostics.addAll(checked.problems());
                }
                ignored.add(new IgnoredObject(kind, object.namespace(), object.name(), object.file().displayPath()));
                continue;
            }
            if (!apiVersionKnown(object, diagnostics)) {
                continue;
            }
            MappedObject result = (MappedObject) premapped.get(index);
            boolean named = object.name() != null && !object.name().isEmpty();
            ObjectRef ref = named ? object.ref() : null;
            KubeObject first = named ? sources.get(ref) : null; // one lookup for the duplicate check
            if (!named) {
                if (result.failed()) {
                    diagnostics.addAll(result.problems());
                    continue;
                }
                if (!DaemonSet.KIND.equals(kind)) {
                    diagnostics.add(error(object, "MissingName", "metadata.name", ErrorType.Required,
                            "name or generateName is required"));
                    continue;
                }
            } else if (first != null) {
                diagnostics.add(error(object, "DuplicateObject", "metadata.name", ErrorType.Duplicate,
                        "Duplicate value: \"" + object.name() + "\": " + object.ref() + " is already defined at "
                                + first.position()));
                continue;
            }
            Object mapped = result.value();
            diagnostics.addAll(result.problems());
            if (result.failed()) {
                continue;
            }
            if (named) {
                sources.put(ref, object);
            }
            if (mapped instanceof ClusterNode n) {
                nodes.add(n);
            } else if (mapped instanceof Pod p) {
                pods.add(p);
            } else if (mapped instanceof DaemonSet d) {
                daemonSets.add(d);
                sources.putIfAbsent(d.ref(), object);
            } else {
                revisions.add((ControllerRevision) mapped);
            }
        }
        ReadResult kept = new ReadResult(read.files(), detached, read.diagnostics());
        return new LoadedSnapshot(new Snapshot(nodes, daemonSets, pods, revisions), kept, io.dsstudio.domain.HandedOver.map(sources),
                diagnostics, ignored);
    }

    private record MappedObject(Object value, List<Diagnostic> problems, boolean failed) {
    }

    private static boolean isModelled(String kind) {
        return switch (kind) {
            case ClusterNode.KIND, Pod.KIND, DaemonSet.KIND, ControllerRevision.KIND -> true;
            default -> false;
        };
    }

    private static MappedObject mapObject(KubeObject object) {
        List<Diagnostic> problems = new ArrayList<>();
        FieldReader fields = new FieldReader(object, problems);
        Object mapped = switch (object.kind()) {
            case ClusterNode.KIND -> NodeMapper.map(object, fields);
            case Pod.KIND -> PodMapper.map(object, fields);
            case DaemonSet.KIND -> DaemonSetMapper.map(object, fields);
            default -> RevisionMapper.map(object, fields);
        };
        return new MappedObject(mapped, problems, fields.hasProblems());
    }

    private static boolean apiVersionKnown(KubeObject object, List<Diagnostic> diagnostics) {
        String v = object.apiVersion();
        boolean known = switch (object.kind()) {
            case DaemonSet.KIND -> DAEMONSET_VERSIONS.contains(v);
            case ControllerRevision.KIND -> REVISION_VERSIONS.contains(v);
            default -> "v1".equals(v);
        };
        if (known) {
            if (DaemonSet.KIND.equals(object.kind()) && !"apps/v1".equals(v)) {
                diagnostics.add(new Diagnostic(Severity.WARNING, "DeprecatedApiVersion", object.ref().toString(), "apiVersion", null,
                        "apiVersion " + v + " is deprecated and no longer served since Kubernetes 1.16; use apps/v1"
                                + (DaemonSet.EXTENSIONS_V1BETA1.equals(v)
                                ? " (note: " + v + " defaults updateStrategy to OnDelete and the selector to the template labels)" : ""),
                        object.locate("apiVersion"))
                        .withText(DaemonSet.EXTENSIONS_V1BETA1.equals(v) ? "diag.DeprecatedApiVersion.extensions" : "diag.DeprecatedApiVersion", v));
            }
            return true;
        }
        String expected = switch (object.kind()) {
            case DaemonSet.KIND -> "apps/v1, apps/v1beta2 or extensions/v1beta1";
            case ControllerRevision.KIND -> "apps/v1";
            default -> "v1";
        };
        diagnostics.add(error(object, "UnknownApiVersion", "apiVersion", ErrorType.NotSupported,
                "Unsupported value: \"" + v + "\": unknown apiVersion for kind " + object.kind() + " (expected " + expected + ")"));
        return false;
    }

    private static Diagnostic error(KubeObject object, String code, String field, ErrorType type, String message) {
        return new Diagnostic(Severity.ERROR, code, object.ref().toString(), field, type, message, object.locate(field));
    }
}
