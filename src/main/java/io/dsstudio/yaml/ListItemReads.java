package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Reads a large {@code kind: List} laid out as kubectl writes it ({@link ListLayout}) item by item, in parallel,
 * mapping each item and letting go of its tree at once: read whole, such a List is one document read on one thread,
 * with the trees of all its items alive together (the snapshot users make most, {@code kubectl get nodes,ds,pods -A
 * -o yaml}, is one). The answer is the one the whole document's read gives, positions included, or null when that
 * cannot be promised: every part must be within {@link BlockYamlParser}'s subset, as the whole document then is
 * (anything else, errors included, is left to the whole document's read, so its diagnostics are unchanged).
 */
final class ListItemReads {
    /** Items per task: enough to make a task's cost vanish, few enough to spread a List over the cores. */
    static final int BATCH = 64;
    private final DocumentParser parser;
    private final ReadLimits limits;
    /** An item read alone nests one level less deep (no List mapping around its list): so must the limit. */
    private final ReadLimits itemLimits;

    ListItemReads(DocumentParser parser, ReadLimits limits) {
        this.parser = parser;
        this.limits = limits;
        this.itemLimits = new ReadLimits(limits.maxDocumentChars(), limits.maxNestingDepth() - 1, limits.maxAliases(),
                limits.maxExpandedNodes());
    }

    /** One List's objects (all of document 0 of the chunk), what the mapper answered for each, and diagnostics. */
    record Read(List<KubeObject> objects, List<Object> mapped, List<Diagnostic> diagnostics) {
    }

    /** The chunk's objects read item by item, or null when it is not a List this can read so. */
    Read read(SourceFile source, DocumentSplitter.Chunk chunk, Function<KubeObject, Object> mapper) {
        String text = chunk.source();
        ListLayout layout = ListLayout.scan(text, chunk.offset(), chunk.end(), chunk.line());
        if (layout == null || !quietList(text, layout)) {
            return null;
        }
        int batches = (layout.items() + BATCH - 1) / BATCH;
        Read[] read = new Read[batches];
        AtomicBoolean outside = new AtomicBoolean();
        IntStream.range(0, batches).parallel().forEach(b -> {
            if (!outside.get()) {
                read[b] = readBatch(source, text, layout, b * BATCH, Math.min(layout.items(), (b + 1) * BATCH), mapper);
                if (read[b] == null) {
                    outside.set(true);
                }
            }
        });
        if (outside.get()) {
            return null;
        }
        List<KubeObject> objects = new ArrayList<>(layout.items());
        List<Object> mapped = new ArrayList<>(mapper == null ? 0 : layout.items());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Read batch : read) {
            objects.addAll(batch.objects());
            mapped.addAll(batch.mapped());
            diagnostics.addAll(batch.diagnostics());
        }
        return new Read(objects, mapped, diagnostics);
    }

    /**
     * Whether the top-level keys are a List's, each once, with {@code items:} empty on its line, and with a kind and
     * apiVersion that make the whole document's read unpack the items without a word about the List itself.
     */
    private boolean quietList(String text, ListLayout layout) {
        Map<String, YNode> fields = new HashMap<>();
        for (int k = 0; k < layout.keys().size(); k++) {
            ListLayout.Part part = layout.keys().get(k);
            List<YNode> roots = parser.parseBlock(DocumentText.window(text, part.from(), part.to(), part.line(), true), limits);
            if (roots == null || roots.size() != 1 || !(roots.get(0) instanceof YMap map) || map.entries().size() != 1) {
                return false;
            }
            YEntry entry = map.entries().get(0);
            boolean itemsKey = k == layout.itemsKey();
            if (itemsKey != "items".equals(entry.key()) || !ObjectClassifier.LIST_FIELDS.contains(entry.key())
                    || fields.put(entry.key(), entry.value()) != null) {
                return false;
            }
            if (itemsKey && !(entry.value() instanceof YScalar s && s.isNull())) {
                return false;
            }
        }
        return ObjectClassifier.unpacksQuietly(fields.get("kind"), fields.get("apiVersion"));
    }

    /** Items {@code [from, to)}: each read, classified, mapped and let go of; null when one is outside the subset. */
    private Read readBatch(SourceFile source, String text, ListLayout layout, int from, int to,
                           Function<KubeObject, Object> mapper) {
        List<KubeObject> objects = new ArrayList<>(to - from);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Object> mapped = new ArrayList<>(mapper == null ? 0 : to - from);
        ObjectClassifier classifier = new ObjectClassifier(source, objects, diagnostics);
        for (int i = from; i < to; i++) {
            ListLayout.Part part = layout.item(i);
            List<YNode> roots = parser.parseBlock(DocumentText.window(text, part.from(), part.to(), part.line(), true), itemLimits);
            if (roots == null || roots.size() != 1 || !(roots.get(0) instanceof YSeq seq) || seq.items().size() != 1) {
                return null;
            }
            int before = objects.size();
            DocumentRef document = new DocumentRef(DocumentRef.Window.item(parser, part.from(), part.to(), part.line()), 0);
            classifier.classifyItem(seq.items().get(0), 0, i, document);
            if (mapper != null && objects.size() > before) {
                KubeObject object = objects.get(before);
                mapped.add(mapper.apply(object));
                objects.set(before, object.detached());
            }
        }
        return new Read(objects, mapped, diagnostics);
    }
}
