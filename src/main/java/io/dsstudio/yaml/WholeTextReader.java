package io.dsstudio.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

import java.io.StringReader;
import java.util.BitSet;

/**
 * SnakeYAML's reader over a text that is already in memory. SnakeYAML's own {@link StreamReader} refills a
 * 1 KiB buffer by copying its whole window from the start of the current token, so one long token (a multi-MB
 * scalar on one line) costs time in the square of its length; this reader indexes the text directly, so
 * reading stays linear. Positions are in code points, as SnakeYAML counts them. {@link #work()} counts the
 * characters served, so tests can hold reading to a work budget instead of a clock.
 */
final class WholeTextReader extends StreamReader {
    private static final String NAME = "'string'";
    private static final int[] NO_SNIPPET = new int[0];
    private final String text;
    /** The text's code points when it has characters outside the BMP; otherwise null and {@link #text} is read. */
    private final int[] codePoints;
    private final int length;
    /** Code point index of the first character SnakeYAML does not allow, or {@link #length}. */
    private final int firstUnprintable;
    /** Tabs kubectl's reader takes as blanks where SnakeYAML does not: served as spaces ({@link SeparatorTabs}). */
    private final BitSet separatorTabs;
    private int pointer;
    private int documentIndex;
    private int line;
    private int column;
    private long work;

    WholeTextReader(String text) {
        super(new StringReader(""));
        this.text = text;
        this.codePoints = hasSurrogates(text) ? text.codePoints().toArray() : null;
        this.length = codePoints == null ? text.length() : codePoints.length;
        int bad = length;
        for (int i = 0; i < length; i++) {
            if (!isPrintable(raw(i))) {
                bad = i;
                break;
            }
        }
        this.firstUnprintable = bad;
        this.separatorTabs = text.indexOf('\t') < 0 ? new BitSet() : SeparatorTabs.find(this::raw, length);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int raw(int index) {
        return codePoints == null ? text.charAt(index) : codePoints[index];
    }

    private int at(int index) {
        int c = raw(index);
        return c == '\t' && separatorTabs.get(index) ? ' ' : c;
    }

    /** The code point at {@code index}, 0 past the end; an unprintable one fails as SnakeYAML's reader fails. */
    private int checked(int index) {
        work++;
        if (index >= length) {
            return 0;
        }
        if (index >= firstUnprintable) {
            throw new ReaderException(NAME, firstUnprintable, raw(firstUnprintable), "special characters are not allowed");
        }
        return at(index);
    }

    /** Characters served to the scanner so far (peeked, skipped or copied). */
    long work() {
        return work;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, pointer, line, column, NO_SNIPPET, 0);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && pointer < length; i++) {
            int c = checked(pointer++);
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && pointer < length && at(pointer) != '\n')) {
                line++;
                column = 0;
            } else if (c != '\uFEFF') {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return checked(pointer);
    }

    @Override
    public int peek(int index) {
        return checked(pointer + index);
    }

    @Override
    public String prefix(int count) {
        int end = Math.min(length, pointer + count);
        if (end <= pointer) {
            return "";
        }
        checked(end - 1);
        work += end - pointer;
        if (codePoints == null) {
            return text.substring(pointer, end);
        }
        return new String(codePoints, pointer, end - pointer);
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        documentIndex += count;
        column += count;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return pointer;
    }

    @Override
    public int getLine() {
        return line;
    }
}
