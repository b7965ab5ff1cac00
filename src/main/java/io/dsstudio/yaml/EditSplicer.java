package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one edit of one object into one splice of the file's text, at the positions the reader recorded.
 * Everything outside the splice stays byte-identical. Block and flow (and JSON) collections each get the
 * layout their neighbours have; new text uses the file's line ending.
 */
final class EditSplicer {
    /** Replace {@code [start, end)} with {@code replacement}. */
    record Splice(int start, int end, String replacement) {
        String applyTo(String text) {
            return text.substring(0, start) + replacement + text.substring(end);
        }
    }

    /** A node reached by a path, and how its parent holds it (the root has neither). */
    private record Step(YNode node, YMap parentMap, YEntry entry, YSeq parentSeq, int index) {
    }

    private final String text;
    private final boolean json;
    private final String newline;
    private final SpliceLayout layout;

    EditSplicer(String text, boolean json) {
        this(text, json, LineEndings.of(text));
    }

    /** @param newline the line ending of the file {@code text} is part of (a document may have no line break of its own) */
    EditSplicer(String text, boolean json, String newline) {
        this.text = text;
        this.json = json;
        this.newline = newline;
        this.layout = new SpliceLayout(text, json);
    }

    Splice splice(KubeObject object, ManifestEdit edit) throws ManifestEditException {
        List<FieldPath.Segment> path = FieldPath.parse(edit.path());
        if (path.isEmpty()) {
            throw new ManifestEditException("an edit needs a field path below the object's root");
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(object.root(), null, null, null, -1));
        YNode current = object.root();
        for (FieldPath.Segment segment : path) {
            Step next = child(current, segment);
            if (next == null) {
                break;
            }
            steps.add(next);
            current = next.node();
        }
        boolean exists = steps.size() == path.size() + 1;
        Step last = steps.get(steps.size() - 1);
        Splice splice;
        if (edit instanceof ManifestEdit.Remove) {
            if (!exists) {
                throw new ManifestEditException(edit.path() + " does not exist in " + object.ref());
            }
            splice = remove(steps);
        } else if (edit instanceof ManifestEdit.Append append) {
            Object item = PlainEdits.normalise(append.item());
            if (!exists) {
                splice = insertMissing(steps, path, new ArrayList<>(List.of(item)));
            } else if (last.node() instanceof YSeq seq) {
                splice = appendItem(seq, item);
            } else if (isNull(last.node())) {
                splice = replace(last, new ArrayList<>(List.of(item)));
            } else {
                throw new ManifestEditException(edit.path() + " is not a list in " + object.ref());
            }
        } else {
            Object value = PlainEdits.normalise(((ManifestEdit.Set) edit).value());
            splice = exists ? replace(last, value) : insertMissing(steps, path, value);
        }
        return new Splice(splice.start(), splice.end(), LineEndings.convert(splice.replacement(), newline));
    }

    private static Step child(YNode node, FieldPath.Segment segment) {
        if (segment.isIndex()) {
            if (node instanceof YSeq seq && segment.index() < seq.items().size()) {
                return new Step(seq.items().get(segment.index()), null, null, seq, segment.index());
            }
            return null;
        }
        if (node instanceof YMap map && map.entry(segment.key()) != null) {
            YEntry entry = map.entry(segment.key());
            return new Step(entry.value(), map, entry, null, -1);
        }
        return null;
    }

    private Splice insertMissing(List<Step> steps, List<FieldPath.Segment> path, Object value) throws ManifestEditException {
        int missing = steps.size() - 1;
        Step deepest = steps.get(missing);
        FieldPath.Segment first = path.get(missing);
        for (int i = missing + 1; i < path.size(); i++) {
            if (path.get(i).isIndex()) {
                throw new ManifestEditException("cannot create list items along the path: " + path.get(i).index()
                        + " (append to the list instead)");
            }
        }
        Object nested = value;
        for (int i = path.size() - 1; i > missing; i--) {
            Map<String, Object> wrap = new LinkedHashMap<>();
            wrap.put(path.get(i).key(), nested);
            nested = wrap;
        }
        if (first.isIndex()) {
            if (deepest.node() instanceof YSeq seq && first.index() == seq.items().size()) {
                return appendItem(seq, nested);
            }
            throw new ManifestEditException("list index " + first.index() + " is out of range");
        }
        if (deepest.node() instanceof YMap map) {
            return insertEntry(map, first.key(), nested);
        }
        if (isNull(deepest.node()) && missing > 0) {
            Map<String, Object> wrap = new LinkedHashMap<>();
            wrap.put(first.key(), nested);
            return replace(deepest, wrap);
        }
        throw new ManifestEditException("cannot add key \"" + first.key() + "\": its parent is not a map");
    }

    private Splice replace(Step step, Object value) throws ManifestEditException {
        if (step.parentMap() != null) {
            return replaceEntryValue(step.parentMap(), step.entry(), value);
        }
        if (step.parentSeq() != null) {
            return replaceItem(step.parentSeq(), step.index(), value);
        }
        throw new ManifestEditException("cannot replace an object's root");
    }

    private Splice remove(List<Step> steps) throws ManifestEditException {
        Step last = steps.get(steps.size() - 1);
        if (steps.size() < 2) {
            throw new ManifestEditException("cannot remove an object's root");
        }
        Step container = steps.get(steps.size() - 2);
        if (last.parentMap() != null) {
            YMap map = last.parentMap();
            if (!map.flow() && map.entries().size() == 1) {
                return emptied(container, new LinkedHashMap<>(), "key");
            }
            return map.flow() ? layout.removeFlow(map.span(), entrySpans(map), map.entries().indexOf(last.entry()))
                    : layout.removeBlockEntry(map, map.entries().indexOf(last.entry()), steps.size() == 2);
        }
        YSeq seq = last.parentSeq();
        if (!seq.flow() && seq.items().size() == 1) {
            return emptied(container, new ArrayList<>(), "item");
        }
        return seq.flow() ? layout.removeFlow(seq.span(), itemSpans(seq), last.index())
                : layout.removeBlockItem(seq, last.index());
    }

    /** Removing the only key or item of a block collection leaves an empty flow collection in its place. */
    private Splice emptied(Step container, Object empty, String what) throws ManifestEditException {
        if (container.parentMap() == null && container.parentSeq() == null) {
            throw new ManifestEditException("cannot remove the only " + what + " of an object");
        }
        return replace(container, empty);
    }

    private Splice replaceEntryValue(YMap map, YEntry entry, Object value) throws ManifestEditException {
        YNode old = entry.value();
        if (map.flow() || json) {
            return new Splice(old.span().start(), layout.valueEnd(old), layout.flowValue(old, value, entry.keySpan()));
        }
        int colon = layout.colonAfter(entry.keySpan());
        int keyIndent = entry.keySpan().column() - 1;
        int oldEnd = Math.max(colon + 1, layout.valueEnd(old));
        boolean blockOld = (old instanceof YMap m && !m.flow()) || (old instanceof YSeq s && !s.flow());
        boolean flowOld = (old instanceof YMap m && m.flow()) || (old instanceof YSeq s && s.flow());
        if (flowOld && (value instanceof Map<?, ?> || value instanceof List<?>)) {
            return new Splice(old.span().start(), oldEnd, YamlWriter.flow(value));
        }
        if (!SpliceLayout.isBlockContainer(value)) {
            if (old instanceof YScalar && old.span().end() > old.span().start() && old.span().start() > colon) {
                return new Splice(old.span().start(), oldEnd, layout.scalarLike(old, value, keyIndent + 2));
            }
            StringBuilder out = new StringBuilder(" ");
            YamlWriter.inlineScalar(value, keyIndent + 2, out);
            return new Splice(colon + 1, oldEnd, out.toString());
        }
        int seqIndent = old instanceof YSeq s && !s.flow() ? layout.dashColumn(s) : keyIndent;
        StringBuilder out = new StringBuilder();
        YamlWriter.afterKey(value, keyIndent, seqIndent, out);
        if (blockOld) {
            return new Splice(LineEndings.lineEnd(text, colon), oldEnd, out.toString());
        }
        int lineEnd = LineEndings.lineEnd(text, oldEnd);
        if (LineEndings.onlyBlanksOrCommentAfter(text, oldEnd)) {
            // keep a comment that followed the old scalar on the key's line
            return new Splice(colon + 1, lineEnd, text.substring(oldEnd, lineEnd) + out);
        }
        return new Splice(colon + 1, oldEnd, out.toString());
    }

    private Splice replaceItem(YSeq seq, int index, Object value) throws ManifestEditException {
        YNode old = seq.items().get(index);
        int oldEnd = layout.valueEnd(old);
        if (seq.flow() || json) {
            return new Splice(old.span().start(), oldEnd, layout.flowValue(old, value, old.span()));
        }
        int contentIndent = old.span().column() - 1;
        if (!SpliceLayout.isBlockContainer(value)) {
            return new Splice(old.span().start(), oldEnd, layout.scalarLike(old, value, contentIndent));
        }
        StringBuilder out = new StringBuilder();
        YamlWriter.afterDash(value, contentIndent, out);
        return new Splice(old.span().start(), oldEnd, out.substring(1));
    }

    private Splice insertEntry(YMap map, String key, Object value) throws ManifestEditException {
        if (map.flow() || json) {
            String entryText = json ? JsonWriter.scalar(key) + ": " : YamlScalars.string(key, YamlScalars.Style.PLAIN, true) + ": ";
            return layout.insertFlow(map.span(), entrySpans(map), '}', entryText, value);
        }
        if (map.entries().isEmpty()) {
            throw new ManifestEditException("cannot insert into an empty block mapping");
        }
        YEntry lastEntry = map.entries().get(map.entries().size() - 1);
        int anchor = Math.max(lastEntry.keySpan().end(), layout.valueEnd(lastEntry.value()));
        int indent = map.entries().get(0).keySpan().column() - 1;
        StringBuilder out = new StringBuilder("\n");
        YamlWriter.entry(key, value, indent, out);
        int at = LineEndings.lineEnd(text, anchor);
        return new Splice(at, at, out.toString());
    }

    private Splice appendItem(YSeq seq, Object item) throws ManifestEditException {
        if (seq.flow() || json) {
            return layout.insertFlow(seq.span(), itemSpans(seq), ']', "", item);
        }
        YNode lastItem = seq.items().get(seq.items().size() - 1);
        int dashIndent = layout.dashColumn(seq);
        StringBuilder out = new StringBuilder("\n");
        YamlWriter.spaces(dashIndent, out);
        out.append('-');
        YamlWriter.afterDash(item, dashIndent + 2, out);
        int at = LineEndings.lineEnd(text, layout.valueEnd(lastItem));
        return new Splice(at, at, out.toString());
    }

    private List<TextSpan[]> entrySpans(YMap map) {
        List<TextSpan[]> out = new ArrayList<>();
        for (YEntry e : map.entries()) {
            out.add(new TextSpan[] {e.keySpan(), e.value().span()});
        }
        return out;
    }

    private List<TextSpan[]> itemSpans(YSeq seq) {
        List<TextSpan[]> out = new ArrayList<>();
        for (YNode item : seq.items()) {
            out.add(new TextSpan[] {item.span(), item.span()});
        }
        return out;
    }

    static boolean isNull(YNode node) {
        return node instanceof YScalar s && s.isNull();
    }
}
