package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the parts of a document stand when it is laid out as kubectl writes a List: top-level keys at column 0
 * (each with its indented lines), one of them {@code items:} alone on its line, followed by its items as column-0
 * {@code "- "} lines, each with its indented lines. The parts cover the document without gaps (comment and blank
 * lines go with the part before them), so a reader that reads every part has read every character. This only
 * finds the lines; whether each part reads as it should is the reader's to check ({@link ListItemReads}).
 */
final class ListLayout {
    /** A window {@code [from, to)} of the text starting on line {@code line}. */
    record Part(int from, int to, int line) {
    }

    private final List<Part> keys;
    private final int itemsKey;
    private final int[] itemStarts;
    private final int[] itemLines;
    private final int items;
    private final int itemsEnd;

    private ListLayout(List<Part> keys, int itemsKey, int[] itemStarts, int[] itemLines, int items, int itemsEnd) {
        this.keys = keys;
        this.itemsKey = itemsKey;
        this.itemStarts = itemStarts;
        this.itemLines = itemLines;
        this.items = items;
        this.itemsEnd = itemsEnd;
    }

    /** The parts of the top-level keys, each holding one key (the {@code items:} line alone is one of them). */
    List<Part> keys() {
        return keys;
    }

    /** Which of {@link #keys()} is the {@code items:} line (with the comment and blank lines before the first item). */
    int itemsKey() {
        return itemsKey;
    }

    int items() {
        return items;
    }

    Part item(int i) {
        return new Part(itemStarts[i], i + 1 < items ? itemStarts[i + 1] : itemsEnd, itemLines[i]);
    }

    private enum Open { LEADING, KEY, ITEMS_KEY, ITEM }

    /**
     * The layout of the document {@code [from, to)} of {@code s} starting on line {@code line}, or null when it
     * is not laid out so: no {@code items:} line with items after it, two of them, or indented content before the
     * first key.
     */
    static ListLayout scan(String s, int from, int to, int line) {
        List<Part> keys = new ArrayList<>();
        int itemsKey = -1;
        int[] starts = new int[1024];
        int[] lines = new int[1024];
        int items = 0;
        int itemsEnd = -1;
        Open open = Open.LEADING;
        int openFrom = from;
        int openLine = line;
        for (int at = from; at < to; line++) {
            int newline = s.indexOf('\n', at);
            int end = newline < 0 || newline >= to ? to : newline;
            char first = at < end ? s.charAt(at) : '\n';
            boolean goesWithOpen = first == '\n' || first == ' ' || first == '#' || (first == '\r' && at + 1 == end);
            if (!goesWithOpen) {
                boolean dash = first == '-' && (at + 1 == end || s.charAt(at + 1) == ' '
                        || (s.charAt(at + 1) == '\r' && at + 2 == end));
                if (dash && (open == Open.ITEMS_KEY || open == Open.ITEM)) {
                    if (open == Open.ITEMS_KEY) {
                        keys.add(new Part(openFrom, at, openLine));
                    }
                    if (items == starts.length) {
                        starts = Arrays.copyOf(starts, items * 2);
                        lines = Arrays.copyOf(lines, items * 2);
                    }
                    starts[items] = at;
                    lines[items++] = line;
                    open = Open.ITEM;
                } else {
                    if (open == Open.ITEM) {
                        itemsEnd = at;
                    } else if (open != Open.LEADING) {
                        keys.add(new Part(openFrom, at, openLine)); // the leading comments go with the first key
                    }
                    if (open != Open.LEADING) {
                        openFrom = at;
                        openLine = line;
                    }
                    boolean itemsLine = s.startsWith("items:", at) && onlyComment(s, at + "items:".length(), end);
                    if (itemsLine && itemsKey >= 0) {
                        return null; // items twice: the whole document's read says what it makes of that
                    }
                    if (itemsLine) {
                        itemsKey = keys.size();
                    }
                    open = itemsLine ? Open.ITEMS_KEY : Open.KEY;
                }
            } else if (open == Open.LEADING && first == ' ' && !onlyComment(s, at, end)) {
                return null;
            }
            if (newline < 0 || newline >= to) {
                break;
            }
            at = newline + 1;
        }
        if (open == Open.ITEM) {
            itemsEnd = to;
        } else if (open != Open.LEADING) {
            keys.add(new Part(openFrom, to, openLine));
        }
        if (itemsKey < 0 || items == 0) {
            return null;
        }
        return new ListLayout(List.copyOf(keys), itemsKey, starts, lines, items, itemsEnd);
    }

    /** Whether {@code [at, end)} holds nothing but blanks and maybe a comment after a blank (or at its start). */
    private static boolean onlyComment(String s, int at, int end) {
        int i = at;
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        if (i < end && s.charAt(i) == '\r' && i + 1 == end) {
            return true;
        }
        return i == end || (s.charAt(i) == '#' && (i > at || at == 0 || s.charAt(at - 1) == '\n'));
    }
}
