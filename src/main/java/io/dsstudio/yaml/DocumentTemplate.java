package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A YAML document rendered once with holes for a few scalar values, for writing many objects that differ only
 * there (the pods of one DaemonSet revision differ in name, uid, node and times). Filling the holes gives the
 * text {@link ManifestRenderer#render} gives for the tree with the values in place: each value is written as
 * that renderer writes a scalar on the line of its key or dash.
 */
public final class DocumentTemplate {
    /** The text around the holes: one more segment than holes. */
    private final String[] segments;
    /** For each hole in text order, the index of the value that fills it. */
    private final int[] valueAt;

    private DocumentTemplate(String[] segments, int[] valueAt) {
        this.segments = segments;
        this.valueAt = valueAt;
    }

    /**
     * Renders {@code tree}, in which each marker stands once as a whole string value, and cuts the text at the
     * markers. Null when a marker does not stand in the text exactly once as a value of its own (the tree
     * happens to contain it elsewhere): such documents are rendered from their trees.
     *
     * @param markers plain-safe strings (letters, digits and dashes), distinct
     */
    public static DocumentTemplate of(Map<String, ?> tree, List<String> markers, String newline) {
        String text = new ManifestRenderer(newline).render(tree);
        record Hole(int start, int end, int value) {
        }
        List<Hole> holes = new ArrayList<>();
        for (int m = 0; m < markers.size(); m++) {
            String marker = markers.get(m);
            int at = text.indexOf(marker);
            if (at < 0 || text.indexOf(marker, at + 1) >= 0) {
                return null;
            }
            int end = at + marker.length();
            boolean wholeValue = at > 0 && text.charAt(at - 1) == ' ' && (end == text.length() || text.charAt(end) == '\r'
                    || text.charAt(end) == '\n');
            if (!wholeValue) {
                return null;
            }
            holes.add(new Hole(at, end, m));
        }
        holes.sort((a, b) -> Integer.compare(a.start(), b.start()));
        String[] segments = new String[holes.size() + 1];
        int[] valueAt = new int[holes.size()];
        int from = 0;
        for (int i = 0; i < holes.size(); i++) {
            segments[i] = text.substring(from, holes.get(i).start());
            valueAt[i] = holes.get(i).value();
            from = holes.get(i).end();
        }
        segments[holes.size()] = text.substring(from);
        return new DocumentTemplate(segments, valueAt);
    }

    /**
     * Appends the document with {@code values} (in the order of the markers) in its holes. False, with nothing
     * appended, when a value would not be written on its key's line (multi-line text becomes a literal block):
     * render that object's tree instead.
     */
    public boolean appendTo(StringBuilder out, List<String> values) {
        String[] scalars = new String[values.size()];
        for (int i = 0; i < scalars.length; i++) {
            String value = values.get(i);
            if (value == null || YamlWriter.literalBlockFits(value)) {
                return false;
            }
            scalars[i] = YamlScalars.scalar(value, YamlScalars.Style.PLAIN, false);
        }
        for (int i = 0; i < valueAt.length; i++) {
            out.append(segments[i]).append(scalars[valueAt[i]]);
        }
        out.append(segments[valueAt.length]);
        return true;
    }
}
