package io.dsstudio.simulation;

import java.time.Instant;

/**
 * What {@code generate} makes.
 *
 * @param createdAt the fixed time stamped on every object, so output depends on the arguments alone
 */
public record GeneratorOptions(int nodes, int daemonSets, long seed, Instant createdAt) {
    public static final Instant DEFAULT_TIME = Instant.parse("2026-01-05T08:00:00Z");

    public GeneratorOptions {
        if (nodes < 0 || daemonSets < 0) {
            throw new IllegalArgumentException("node and DaemonSet counts must not be negative");
        }
    }
}
