package io.dsstudio.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadOnlyContextsTest {
    @TempDir
    Path home;

    @Test
    void setReadOnlyPersistsAcrossInstances() {
        new ReadOnlyContexts(home).setReadOnly("arn:aws:eks:eu-west-1:1:cluster/prod", true);
        new ReadOnlyContexts(home).setReadOnly("kind-dev", true);
        new ReadOnlyContexts(home).setReadOnly("kind-dev", false);

        ReadOnlyContexts reread = new ReadOnlyContexts(home);

        assertThat(reread.isReadOnly("arn:aws:eks:eu-west-1:1:cluster/prod")).isTrue();
        assertThat(reread.isReadOnly("kind-dev")).isFalse();
        assertThat(reread.all()).containsExactly("arn:aws:eks:eu-west-1:1:cluster/prod");
        assertThat(home.resolve(ReadOnlyContexts.FILE_NAME)).exists();
    }

    @Test
    void studioHomeUsesEnvironmentElseDotDirectory() {
        assertThat(ReadOnlyContexts.studioHome(Map.of("DSSTUDIO_HOME", "/opt/ds"), "/home/u")).isEqualTo(Path.of("/opt/ds"));
        assertThat(ReadOnlyContexts.studioHome(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.dsstudio"));
    }

    @Test
    void versionWarningOnlyBelow128() {
        assertThat(LiveCluster.versionWarning("1", "27")).get().asString().contains("1.27", "1.28");
        assertThat(LiveCluster.versionWarning("1", "27+")).isPresent();
        assertThat(LiveCluster.versionWarning("1", "28")).isEmpty();
        assertThat(LiveCluster.versionWarning("1", "31")).isEmpty();
        assertThat(LiveCluster.versionWarning(null, null)).isEmpty();
    }
}
