package io.dsstudio.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link YNode} trees with source positions straight from SnakeYAML's event stream (no data-binding
 * layer in between: reading large snapshots is dominated by this loop). Scalars resolve as kubectl resolves
 * them ({@link PlainScalars}); quoted and block scalars are strings. Anchors and aliases are resolved with
 * limits on alias count and expanded size, so alias bombs are rejected; merge keys ({@code <<}) are applied.
 */
final class YamlTreeBuilder {
    private static final String TAG_PREFIX = "tag:yaml.org,2002:";
    private final DocumentText text;
    private final ReadLimits limits;
    private final WholeTextReader reader;
    private final ParserImpl parser;
    private final Map<String, YNode> anchors = new HashMap<>();
    private int aliasCount;

    YamlTreeBuilder(DocumentText text, LoaderOptions options, ReadLimits limits) {
        this.text = text;
        this.limits = limits;
        this.reader = new WholeTextReader(text.text());
        this.parser = new ParserImpl(reader, options);
    }

    /** Characters the scanner was served so far: linear in the text's length (see {@link WholeTextReader}). */
    long work() {
        return reader.work();
    }

    /** Every non-empty document of the text, in order. */
    List<YNode> readAll() throws SyntaxProblem {
        List<YNode> roots = new ArrayList<>();
        try {
            parser.getEvent(); // stream start
            while (!parser.checkEvent(Event.ID.StreamEnd)) {
                parser.getEvent(); // document start
                anchors.clear();
                aliasCount = 0;
                YNode root = readNode(parser.getEvent(), 0);
                parser.getEvent(); // document end
                if (root.expandedSize() > limits.maxExpandedNodes()) {
                    throw problemAt("document expands to more than " + limits.maxExpandedNodes()
                            + " nodes through aliases (alias bomb?)", root.span());
                }
                if (!(root instanceof YScalar s && s.isNull())) {
                    roots.add(root);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = join(e.getContext(), e.getProblem());
            throw new SyntaxProblem(message, mark == null ? text.fileLine(1) : text.fileLine(mark.getLine() + 1),
                    mark == null ? 1 : mark.getColumn() + 1);
        } catch (ReaderException e) {
            TextSpan at = text.span(text.toCharOffset(e.getPosition()), text.toCharOffset(e.getPosition()));
            throw new SyntaxProblem("special characters are not allowed (" + e.getName() + " U+"
                    + String.format("%04X", e.getCodePoint()) + ")", at.line(), at.column());
        } catch (YAMLException e) {
            throw new SyntaxProblem("cannot read document: " + e.getMessage(), text.fileLine(1), 1);
        }
        return roots;
    }

    private static String join(String context, String problem) {
        if (context == null || context.isBlank()) {
            return problem == null ? "malformed document" : problem;
        }
        return problem == null ? context : context + "; " + problem;
    }

    private YNode readNode(Event event, int depth) throws SyntaxProblem {
        if (depth > limits.maxNestingDepth()) {
            throw problemAt("nesting deeper than " + limits.maxNestingDepth() + " levels", span(event));
        }
        YNode node;
        if (event instanceof AliasEvent alias) {
            YNode target = anchors.get(alias.getAnchor());
            if (target == null) {
                throw problemAt("unknown alias *" + alias.getAnchor(), span(event));
            }
            if (++aliasCount > limits.maxAliases()) {
                throw problemAt("more than " + limits.maxAliases() + " aliases in one document (alias bomb?)", span(event));
            }
            return target;
        } else if (event instanceof ScalarEvent scalar) {
            node = new YScalar(value(scalar), scalar.getValue(), span(event));
        } else if (event instanceof MappingStartEvent start) {
            node = readMap(start, depth);
        } else if (event instanceof SequenceStartEvent start) {
            node = readSeq(start, depth);
        } else {
            throw problemAt("unexpected " + event.getEventId(), span(event));
        }
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private static Object value(ScalarEvent scalar) {
        String tag = scalar.getTag();
        if (tag == null || "!".equals(tag)) {
            return scalar.isPlain() ? PlainScalars.resolve(scalar.getValue()) : scalar.getValue();
        }
        String name = tag.startsWith(TAG_PREFIX) ? tag.substring(TAG_PREFIX.length()) : tag;
        Object resolved = PlainScalars.resolve(scalar.getValue());
        return switch (name) {
            case "int" -> resolved instanceof Number && !(resolved instanceof Double) ? resolved : scalar.getValue();
            case "float" -> resolved instanceof Number n ? (Object) n.doubleValue() : scalar.getValue();
            case "bool" -> resolved instanceof Boolean ? resolved : scalar.getValue();
            case "null" -> null;
            default -> scalar.getValue();
        };
    }

    private YMap readMap(MappingStartEvent start, int depth) throws SyntaxProblem {
        TextSpan startSpan = span(start);
        List<YEntry> entries = new ArrayList<>();
        KeyIndex seen = new KeyIndex(entries);
        BitSet merged = new BitSet();
        long size = 1;
        int lastEnd = startSpan.start();
        Event event;
        while (!((event = parser.getEvent()) instanceof org.yaml.snakeyaml.events.MappingEndEvent)) {
            YNode keyNode = readNode(event, depth + 1);
            if (!(keyNode instanceof YScalar keyScalar)) {
                throw problemAt("a mapping key must be a scalar", keyNode.span());
            }
            String key = keyScalar.text();
            TextSpan keySpan = keyNode.span();
            YNode value = readNode(parser.getEvent(), depth + 1);
            size += value.expandedSize();
            boolean merge = "<<".equals(key) && event instanceof ScalarEvent s && s.isPlain();
            if (merge) {
                mergeInto(entries, seen, merged, value, keySpan);
            } else {
                Integer previous = seen.put(key);
                if (previous != null && merged.get(previous)) {
                    // a key of the mapping itself overrides one merged in with <<, wherever it stands
                    entries.set(previous, new YEntry(key, keySpan, value));
                    merged.clear(previous);
                } else if (previous != null) {
                    throw problemAt("duplicate key \"" + key + "\" (first at line "
                            + entries.get(previous).keySpan().line() + ")", keySpan);
                }
                entries.add(new YEntry(key, keySpan, value));
            }
            lastEnd = Math.max(lastEnd, value.span().end());
        }
        int end = start.isFlow() ? text.baseOffset() + offset(event.getEndMark()) : lastEnd;
        return new YMap(entries, new TextSpan(startSpan.start(), end, startSpan.line(), startSpan.column()), start.isFlow(), size);
    }

    private void mergeInto(List<YEntry> entries, KeyIndex seen, BitSet mergedEntries, YNode merged, TextSpan where)
            throws SyntaxProblem {
        List<YNode> sources = merged instanceof YSeq seq ? seq.items() : List.of(merged);
        for (YNode source : sources) {
            if (!(source instanceof YMap map)) {
                throw problemAt("merge key << needs a mapping or a list of mappings", where);
            }
            for (YEntry e : map.entries()) {
                if (seen.put(e.key()) == null) {
                    mergedEntries.set(entries.size());
                    entries.add(e);
                }
            }
        }
    }

    private YSeq readSeq(CollectionStartEvent start, int depth) throws SyntaxProblem {
        TextSpan startSpan = span(start);
        List<YNode> items = new ArrayList<>();
        long size = 1;
        int lastEnd = startSpan.start();
        Event event;
        while (!((event = parser.getEvent()) instanceof org.yaml.snakeyaml.events.SequenceEndEvent)) {
            YNode item = readNode(event, depth + 1);
            size += item.expandedSize();
            items.add(item);
            lastEnd = Math.max(lastEnd, item.span().end());
        }
        int end = start.isFlow() ? text.baseOffset() + offset(event.getEndMark()) : lastEnd;
        return new YSeq(items, new TextSpan(startSpan.start(), end, startSpan.line(), startSpan.column()), start.isFlow(), size);
    }

    private int offset(Mark mark) {
        return text.toCharOffset(mark.getIndex());
    }

    /** A node's span in file coordinates: from its start mark to its end mark. */
    private TextSpan span(Event event) {
        int start = offset(event.getStartMark());
        int end = event instanceof ScalarEvent ? Math.max(start, offset(event.getEndMark())) : start;
        return text.span(start, end);
    }

    private static SyntaxProblem problemAt(String message, TextSpan span) {
        return new SyntaxProblem(message, span.line(), span.column());
    }
}
