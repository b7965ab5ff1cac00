package io.dsstudio.domain;

/** status.nodeInfo, for display. Strings are "" when absent. */
public record NodeInfo(String architecture, String operatingSystem, String kubeletVersion, String containerRuntimeVersion,
                       String osImage) {
    public static final NodeInfo EMPTY = new NodeInfo("", "", "", "", "");

    public NodeInfo {
        architecture = architecture == null ? "" : architecture;
        operatingSystem = operatingSystem == null ? "" : operatingSystem;
        kubeletVersion = kubeletVersion == null ? "" : kubeletVersion;
        containerRuntimeVersion = containerRuntimeVersion == null ? "" : containerRuntimeVersion;
        osImage = osImage == null ? "" : osImage;
    }
}
