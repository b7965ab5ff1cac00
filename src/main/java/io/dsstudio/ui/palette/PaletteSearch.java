package io.dsstudio.ui.palette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks entries for a query, case-insensitively: a prefix match first, then a word or substring match, then the
 * query's characters in order (fuzzy); within a rank commands, DaemonSets, nodes, labels, then shorter text.
 * One pass over the entries, so 10,000 nodes cost a few milliseconds per keystroke.
 */
public final class PaletteSearch {
    public static final int LIMIT = 60;

    private PaletteSearch() {
    }

    public static List<PaletteEntry> find(List<PaletteEntry> entries, String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        record Hit(PaletteEntry entry, int rank) {
        }
        List<Hit> hits = new ArrayList<>();
        for (PaletteEntry e : entries) {
            int rank = rank(e.text().toLowerCase(Locale.ROOT), q);
            if (rank >= 0) {
                hits.add(new Hit(e, rank));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.entry().kind())
                .thenComparingInt(h -> h.entry().text().length()).thenComparing(h -> h.entry().text()));
        return hits.stream().limit(LIMIT).map(Hit::entry).toList();
    }

    /** 0 prefix, 1 substring, 2 fuzzy, -1 no match; an empty query matches everything as a prefix. */
    static int rank(String text, String q) {
        if (q.isEmpty() || text.startsWith(q)) {
            return 0;
        }
        if (text.contains(q)) {
            return 1;
        }
        int at = 0;
        for (int i = 0; i < text.length() && at < q.length(); i++) {
            if (text.charAt(i) == q.charAt(at)) {
                at++;
            }
        }
        return at == q.length() ? 2 : -1;
    }
}
