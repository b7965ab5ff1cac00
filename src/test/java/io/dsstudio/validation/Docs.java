package io.dsstudio.validation;

/** Extra documents for warning tests: nodes and pods, each starting with "---". */
final class Docs {
    private Docs() {
    }

    static String node(String name, String labels, String taints) {
        return "---\napiVersion: v1\nkind: Node\nmetadata:\n  name: " + name + "\n  labels: " + labels
                + "\nspec:\n  taints: " + taints + "\n";
    }

    static String node(String name) {
        return node(name, "{}", "[]");
    }

    static String pod(String name, String labels, String ownerReferences) {
        return "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  namespace: default\n  labels: " + labels
                + "\n  ownerReferences: " + ownerReferences + "\nspec:\n  nodeName: n1\n  containers: [{name: c, image: i}]\n";
    }

    /** A second DaemonSet in namespace default. */
    static String daemonSet(String name, String selector, String labels, String podSpecExtra) {
        return "---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: " + name + "\n  namespace: default\n  uid: uid-" + name
                + "\nspec:\n  selector:\n    matchLabels: " + selector + "\n  template:\n    metadata:\n      labels: " + labels
                + "\n    spec:\n      containers:\n      - name: c\n        image: i\n" + DaemonSetYaml.indent(podSpecExtra, 6);
    }
}
