package io.dsstudio.reconcile;

import java.util.Locale;

public enum ActionType {
    CREATE, DELETE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
