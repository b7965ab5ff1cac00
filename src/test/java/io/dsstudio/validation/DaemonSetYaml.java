package io.dsstudio.validation;

/**
 * Builds small DaemonSet manifests for table-driven tests, starting from upstream's valid fixture
 * (name abc, selector {a: b}, template labels {a: b}, one container). Each part is raw YAML, indented here.
 */
final class DaemonSetYaml {
    private String apiVersion = "apps/v1";
    private String metadata = "name: abc\nnamespace: default";
    private String selector = "matchLabels:\n  a: b";
    private String templateMetadata = "labels:\n  a: b";
    private String podSpec = "containers:\n- name: abc\n  image: image";
    private String specExtra = "";
    private String trailer = "";

    static DaemonSetYaml valid() {
        return new DaemonSetYaml();
    }

    DaemonSetYaml apiVersion(String value) {
        this.apiVersion = value;
        return this;
    }

    /** Everything under {@code metadata:}. */
    DaemonSetYaml metadata(String yaml) {
        this.metadata = yaml;
        return this;
    }

    /** Everything under {@code spec.selector:}; null leaves the selector out, "{}" writes an empty one. */
    DaemonSetYaml selector(String yaml) {
        this.selector = yaml;
        return this;
    }

    /** Everything under {@code spec.template.metadata:}. */
    DaemonSetYaml templateMetadata(String yaml) {
        this.templateMetadata = yaml;
        return this;
    }

    /** Everything under {@code spec.template.spec:}. */
    DaemonSetYaml podSpec(String yaml) {
        this.podSpec = yaml;
        return this;
    }

    /** Appends to the pod spec, after the default container. */
    DaemonSetYaml addPodSpec(String yaml) {
        this.podSpec = podSpec + "\n" + yaml;
        return this;
    }

    /** Further fields of {@code spec:} (updateStrategy, minReadySeconds, ...). */
    DaemonSetYaml spec(String yaml) {
        this.specExtra = yaml;
        return this;
    }

    /** More documents after this one (nodes, pods, other DaemonSets), starting with "---". */
    DaemonSetYaml then(String documents) {
        this.trailer = trailer + "\n" + documents;
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("apiVersion: ").append(apiVersion).append("\nkind: DaemonSet\nmetadata:\n").append(indent(metadata, 2));
        out.append("spec:\n");
        if (selector != null) {
            out.append(selector.equals("{}") ? "  selector: {}\n" : "  selector:\n" + indent(selector, 4));
        }
        out.append("  template:\n    metadata:\n").append(indent(templateMetadata, 6));
        out.append("    spec:\n").append(indent(podSpec, 6));
        if (!specExtra.isEmpty()) {
            out.append(indent(specExtra, 2));
        }
        return out + trailer;
    }

    static String indent(String yaml, int spaces) {
        if (yaml.isEmpty()) {
            return "";
        }
        String pad = " ".repeat(spaces);
        StringBuilder out = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            out.append(pad).append(line).append('\n');
        }
        return out.toString();
    }
}
