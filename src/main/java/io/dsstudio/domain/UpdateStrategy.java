package io.dsstudio.domain;

/**
 * A DaemonSet's update strategy after defaulting. {@code maxUnavailable}/{@code maxSurge} are null only
 * for OnDelete or when the manifest could not be defaulted.
 */
public record UpdateStrategy(String type, IntOrString maxUnavailable, IntOrString maxSurge) {
    public static final String ROLLING_UPDATE = "RollingUpdate";
    public static final String ON_DELETE = "OnDelete";

    public static UpdateStrategy rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge) {
        return new UpdateStrategy(ROLLING_UPDATE, maxUnavailable, maxSurge);
    }

    public static UpdateStrategy defaultRollingUpdate() {
        return rollingUpdate(IntOrString.of(1), IntOrString.of(0));
    }

    public boolean isRollingUpdate() {
        return ROLLING_UPDATE.equals(type);
    }

    public boolean isOnDelete() {
        return ON_DELETE.equals(type);
    }
}
