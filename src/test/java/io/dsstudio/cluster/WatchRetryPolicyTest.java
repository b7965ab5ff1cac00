package io.dsstudio.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WatchRetryPolicyTest {
    @ParameterizedTest
    @CsvSource({
            "CONNECTION, true, RECONNECTING",
            "SERVER, true, RECONNECTING",
            "TIMEOUT, true, RECONNECTING",
            "NOT_FOUND, true, RECONNECTING",
            "UNAUTHORIZED, false, FAILED",
            "FORBIDDEN, false, FAILED"})
    void decideRetriesEverythingButCredentialsAndPermissions(LiveException.Kind kind, boolean retry, ConnectionState state) {
        WatchRetryPolicy.Decision decision = WatchRetryPolicy.decide(new LiveException(kind, "x"));

        assertThat(decision.retry()).isEqualTo(retry);
        assertThat(decision.state()).isEqualTo(state);
    }
}
