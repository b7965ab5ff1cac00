package io.dsstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) of two texts, for the editor's diff against the snapshot. */
public final class LineDiff {
    /** Texts longer than this many lines are compared as wholes (the table would be too big). */
    static final int MAX_LINES = 3000;

    public enum Kind { SAME, REMOVED, ADDED }

    public record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        List<Line> out = new ArrayList<>();
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            if (!before.equals(after)) {
                for (String l : a) {
                    out.add(new Line(Kind.REMOVED, l));
                }
                for (String l : b) {
                    out.add(new Line(Kind.ADDED, l));
                }
            }
            return out;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                out.add(new Line(Kind.ADDED, b[j++]));
            } else {
                out.add(new Line(Kind.REMOVED, a[i++]));
            }
        }
        return out;
    }

    public static boolean changes(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }
}
