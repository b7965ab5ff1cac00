package io.dsstudio.yaml;

/**
 * Shares one String among the recurring keys and short values of the documents a thread reads ({@code name},
 * {@code "True"}, {@code kube-system}): a large snapshot then holds far fewer strings, and reading it allocates
 * less. A direct-mapped table with the hashes beside it, so a miss rarely touches the cached string; a
 * collision just replaces the older string.
 */
final class StringCache {
    private static final int SLOTS = 4096;
    /** Keys are few and recur everywhere; of the values only short ones ("True", "TCP") recur often enough. */
    private static final int MAX_KEY_LENGTH = 64;
    private static final int MAX_VALUE_LENGTH = 16;
    private final String[] strings = new String[SLOTS];
    private final int[] hashes = new int[SLOTS];

    /** A key's text: {@code s.substring(from, to)}, or an equal string read before. */
    String key(String s, int from, int to) {
        return to - from > MAX_KEY_LENGTH ? s.substring(from, to) : shared(s, from, to);
    }

    /** A value's text: {@code s.substring(from, to)}, or an equal string read before. */
    String value(String s, int from, int to) {
        return to - from > MAX_VALUE_LENGTH ? s.substring(from, to) : shared(s, from, to);
    }

    private String shared(String s, int from, int to) {
        int length = to - from;
        int hash = length;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        int slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
        String cached = strings[slot];
        if (cached != null && hashes[slot] == hash && cached.length() == length && s.regionMatches(from, cached, 0, length)) {
            return cached;
        }
        String fresh = s.substring(from, to);
        strings[slot] = fresh;
        hashes[slot] = hash;
        return fresh;
    }
}
