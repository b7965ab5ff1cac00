package io.dsstudio.yaml;

/**
 * A field path that is written out only when a problem names it: {@code parent.key} or {@code parent.key[index]}
 * ({@code spec.containers[0]}). The mappers name the parent of every field they read by such a path, and building
 * those strings for each item of each pod (its condition, owner and container) cost more than their use, which is
 * a diagnostic now and then.
 */
final class LazyPath implements CharSequence {
    private final CharSequence parent;
    private final String key;
    private final int index;
    private String written;

    private LazyPath(CharSequence parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** {@code parent.key} ({@code key} alone under the root, whose path is empty). */
    static LazyPath field(CharSequence parent, String key) {
        return new LazyPath(parent, key, -1);
    }

    /** {@code parent.key[index]}. */
    static LazyPath item(CharSequence parent, String key, int index) {
        return new LazyPath(parent, key, index);
    }

    @Override
    public String toString() {
        if (written == null) {
            String field = FieldReader.path(parent, key);
            written = index < 0 ? field : field + "[" + index + "]";
        }
        return written;
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int at) {
        return toString().charAt(at);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }
}
