package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Kubernetes field paths: dotted keys with {@code [i]} indices, e.g. {@code spec.containers[0].name}. A key
 * with dots (a label key) is written in brackets: {@code metadata.labels[app.kubernetes.io/name]}.
 */
public final class FieldPath {
    private FieldPath() {
    }

    public record Segment(String key, int index) {
        public boolean isIndex() {
            return key == null;
        }
    }

    public static List<Segment> parse(String path) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        StringBuilder key = new StringBuilder();
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(key, out);
                i++;
            } else if (c == '[') {
                flush(key, out);
                int close = path.indexOf(']', i);
                if (close < 0) {
                    key.append(path, i, path.length());
                    break;
                }
                String inside = path.substring(i + 1, close);
                if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit)) {
                    out.add(new Segment(null, Integer.parseInt(inside)));
                } else {
                    out.add(new Segment(inside, -1));
                }
                i = close + 1;
            } else {
                key.append(c);
                i++;
            }
        }
        flush(key, out);
        return out;
    }

    private static void flush(StringBuilder key, List<Segment> out) {
        if (key.length() > 0) {
            out.add(new Segment(key.toString(), -1));
            key.setLength(0);
        }
    }
}
