package io.dsstudio.yaml;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?": the closest of some names to a mistyped one, by edit distance (a swap of two letters counts one). */
public final class NameSuggestions {
    private NameSuggestions() {
    }

    /**
     * The candidate closest to {@code typed}, or null when none is close: equal but for case, or at most one edit away
     * for short names (up to 4 characters), two for names up to 10, three beyond.
     */
    public static String closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lowerTyped = typed.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).equals(lowerTyped)) {
                return candidate;
            }
            int distance = distance(lowerTyped, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= allowed(Math.max(typed.length(), best.length())) ? best : null;
    }

    private static int allowed(int length) {
        return length <= 4 ? 1 : length <= 10 ? 2 : 3;
    }

    /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
