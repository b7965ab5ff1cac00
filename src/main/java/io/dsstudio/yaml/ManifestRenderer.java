package io.dsstudio.yaml;

import java.util.Map;

/**
 * Renders a whole new object (a plain tree of LinkedHashMap, List, String, Long, Boolean and null) as one
 * document in kubectl's {@code -o yaml} style: keys in the map's order, two-space indentation, block style,
 * list items at their parent key's indentation, strings quoted only when they would read back as something
 * else.
 */
public final class ManifestRenderer {
    private final String newline;

    /** Renders with {@code \n} line endings. */
    public ManifestRenderer() {
        this("\n");
    }

    /** Renders with the given line ending ({@code "\n"} or {@code "\r\n"}), to match the file it goes into. */
    public ManifestRenderer(String newline) {
        if (!"\n".equals(newline) && !"\r\n".equals(newline)) {
            throw new IllegalArgumentException("line ending must be \\n or \\r\\n");
        }
        this.newline = newline;
    }

    /** The object as a YAML document, ending with a line break, without a {@code ---} separator. */
    public String render(Map<String, ?> object) {
        if (object.isEmpty()) {
            return "{}" + newline;
        }
        StringBuilder out = new StringBuilder();
        YamlWriter.mapEntries(object, 0, out);
        out.append('\n');
        return LineEndings.convert(out.toString(), newline);
    }

    /** The object as pretty-printed JSON (two-space indentation), ending with a line break. */
    public String renderJson(Map<String, ?> object) {
        return LineEndings.convert(JsonWriter.pretty(object, 0) + "\n", newline);
    }
}
