package io.dsstudio.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Keeps a view's rows up to date only while the view is shown: a rebuild asked for while it is hidden is remembered
 * and runs when the view is shown again, or when its rows are read. A commit or a plan then costs only what the shown
 * view needs, not a re-render of every view (the map and the placement matrix of 2,000 nodes cost the most).
 */
public final class WhileShown {
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final Runnable rebuild;
    private boolean stale;

    public WhileShown(Runnable rebuild) {
        this.rebuild = rebuild;
        shown.addListener((obs, was, now) -> {
            if (now) {
                catchUp();
            }
        });
    }

    /** The state the rows follow has changed: rebuild now if shown, else when shown or read. */
    public void request() {
        if (shown.get()) {
            stale = false;
            rebuild.run();
        } else {
            stale = true;
        }
    }

    /**
     * The state changed, and may change again in the same turn (a commit sets the snapshot, then its plan): rebuild
     * once, when {@code later} runs the catch-up, or when the rows are read before that.
     */
    public void requestLater(java.util.function.Consumer<Runnable> later) {
        boolean posted = stale;
        stale = true;
        if (!posted) {
            later.accept(this::catchUpIfShown);
        }
    }

    private void catchUpIfShown() {
        if (shown.get()) {
            catchUp();
        }
    }

    /** Rebuilds now if a change was held back while hidden (before the rows are read). */
    public void catchUp() {
        if (stale) {
            stale = false;
            rebuild.run();
        }
    }

    /** True (the default) while the view is on screen. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Whether a change is held back (the rows are older than the state). */
    public boolean isStale() {
        return stale;
    }
}
