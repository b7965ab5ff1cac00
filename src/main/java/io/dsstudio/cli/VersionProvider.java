package io.dsstudio.cli;

import io.dsstudio.build.AppVersion;
import picocli.CommandLine;

/** {@code --version}: the version of the Maven project. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"DaemonSet Studio " + AppVersion.current()};
    }
}
