package io.dsstudio.ui.whatif;

import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.DeleteCause;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.DaemonSetImpact;
import io.dsstudio.workspace.WhatIfPreview;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/** The staged edit's consequences per DaemonSet, with Commit and Discard. */
public final class WhatIfViewModel {
    private final StudioState state;
    private final ObservableList<ImpactRow> rows = FXCollections.observableArrayList();
    private final BooleanBinding staged;

    public WhatIfViewModel(StudioState state) {
        this.state = state;
        this.staged = Bindings.isNotNull(state.previewProperty());
        state.previewProperty().addListener((obs, old, now) -> rebuild(now));
        rebuild(state.previewProperty().get());
    }

    private void rebuild(WhatIfPreview preview) {
        if (preview == null) {
            rows.clear();
            return;
        }
        List<ImpactRow> changed = new ArrayList<>();
        for (DaemonSetImpact impact : preview.changed()) {
            changed.add(row(impact));
        }
        rows.setAll(changed);
    }

    static ImpactRow row(DaemonSetImpact impact) {
        List<String> create = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        List<String> evict = new ArrayList<>();
        for (PlannedAction action : impact.actions()) {
            if (action.type() == ActionType.CREATE) {
                create.add(action.node());
            } else if (action.cause() == DeleteCause.NoExecuteTaint) {
                evict.add(action.node());
            } else {
                delete.add(action.node());
            }
        }
        return new ImpactRow(impact.key(), create, delete, evict, impact.before(), impact.after());
    }

    public void commit() {
        state.commit();
    }

    public void discard() {
        state.discard();
    }

    public ObservableList<ImpactRow> rows() {
        return rows;
    }

    public BooleanBinding stagedProperty() {
        return staged;
    }

    public ObjectProperty<WhatIfPreview> previewProperty() {
        return state.previewProperty();
    }
}
