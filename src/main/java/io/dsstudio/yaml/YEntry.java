package io.dsstudio.yaml;

/**
 * One key of a mapping: the key's text, where the key stands (file offsets, 1-based line and column), and its
 * value. {@code keyHash} is the key's {@link String#hashCode()}, kept beside it so that looking a key up in a
 * mapping rarely has to read the other keys' strings.
 */
public record YEntry(String key, int keyHash, int keyStart, int keyEnd, int keyLine, int keyColumn, YNode value) {
    public YEntry(String key, int keyStart, int keyEnd, int keyLine, int keyColumn, YNode value) {
        this(key, key.hashCode(), keyStart, keyEnd, keyLine, keyColumn, value);
    }

    public YEntry(String key, TextSpan keySpan, YNode value) {
        this(key, keySpan.start(), keySpan.end(), keySpan.line(), keySpan.column(), value);
    }

    public TextSpan keySpan() {
        return new TextSpan(keyStart, keyEnd, keyLine, keyColumn);
    }
}
