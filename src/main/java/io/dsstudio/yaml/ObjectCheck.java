package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A check of one object's tree that runs while reading, when the tree is at hand (a large snapshot lets go of its
 * trees once mapped, see {@link KubeObject}). Returned diagnostics carry their positions. The checks are found with
 * {@link ServiceLoader} (the validation layer provides them), so reading needs no compile-time dependency on them.
 * Runs on several threads at once: implementations keep no mutable state.
 */
public interface ObjectCheck {
    ObjectCheck NONE = object -> List.of();

    List<Diagnostic> check(KubeObject object);

    /**
     * Starts making, on a thread of its own, what the first {@link #check} would otherwise make on the reading thread
     * (a schema to read), so that a reader can read its files meanwhile. Nothing by default.
     */
    default void prepareAhead() {
    }

    /** Every check the class path provides, run one after the other. */
    static ObjectCheck installed() {
        List<ObjectCheck> checks = new ArrayList<>();
        ServiceLoader.load(ObjectCheck.class, ObjectCheck.class.getClassLoader()).forEach(checks::add);
        if (checks.isEmpty()) {
            return NONE;
        }
        if (checks.size() == 1) {
            return checks.get(0);
        }
        return new ObjectCheck() {
            @Override
            public List<Diagnostic> check(KubeObject object) {
                List<Diagnostic> out = new ArrayList<>();
                checks.forEach(c -> out.addAll(c.check(object)));
                return out;
            }

            @Override
            public void prepareAhead() {
                checks.forEach(ObjectCheck::prepareAhead);
            }
        };
    }
}
