package io.dsstudio.domain;

/** The taint effects Kubernetes knows, as they are spelled in manifests. */
public final class TaintEffect {
    public static final String NO_SCHEDULE = "NoSchedule";
    public static final String PREFER_NO_SCHEDULE = "PreferNoSchedule";
    public static final String NO_EXECUTE = "NoExecute";

    private TaintEffect() {
    }

    public static boolean isKnown(String effect) {
        return NO_SCHEDULE.equals(effect) || PREFER_NO_SCHEDULE.equals(effect) || NO_EXECUTE.equals(effect);
    }
}
