package io.dsstudio.simulation;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The names in use during a sync of one edit of a snapshot: the snapshot's names, never changed, with the sync's own
 * creates and deletes laid over them. A copy of 190,000 names per staged edit at 10,000 nodes was most of what a
 * quick fix's preview allocated (and kept until the next sync, so the young collections had to copy it).
 */
final class OverlaidNames extends AbstractSet<String> {
    private final Set<String> base;
    private final Set<String> added = new HashSet<>();
    private final Set<String> removed = new HashSet<>();

    /** @param base the names of the snapshot, which nobody changes while this set is in use */
    OverlaidNames(Set<String> base) {
        this.base = base;
    }

    @Override
    public boolean contains(Object name) {
        return added.contains(name) || base.contains(name) && !removed.contains(name);
    }

    @Override
    public boolean add(String name) {
        if (contains(name)) {
            return false;
        }
        if (!removed.remove(name)) {
            added.add(name);
        }
        return true;
    }

    @Override
    public boolean remove(Object name) {
        if (!contains(name)) {
            return false;
        }
        if (!added.remove(name)) {
            removed.add((String) name);
        }
        return true;
    }

    @Override
    public int size() {
        return base.size() - removed.size() + added.size();
    }

    @Override
    public Iterator<String> iterator() {
        // read-only: the simulation only looks names up, adds and removes them
        return Stream.concat(base.stream().filter(n -> !removed.contains(n)), added.stream()).iterator();
    }
}
