package io.dsstudio.yaml;

import io.dsstudio.domain.Container;
import io.dsstudio.domain.ContainerPort;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.Toleration;

import java.util.ArrayList;
import java.util.List;

/** A PodSpec tree → {@link PodSpec}, with typed-field problems reported at their paths. */
final class PodSpecMapper {
    private final FieldReader r;

    PodSpecMapper(FieldReader r) {
        this.r = r;
    }

    PodSpec map(YMap spec, String path) {
        if (spec == null) {
            return PodSpec.empty();
        }
        Boolean hostNetwork = r.bool(spec, "hostNetwork", path + ".hostNetwork");
        YSeq ephemeral = r.seq(spec, "ephemeralContainers", path + ".ephemeralContainers");
        return new PodSpec(r.string(spec, "nodeName", path + ".nodeName"),
                r.stringMap(spec, "nodeSelector", path + ".nodeSelector"),
                affinity(spec, path + ".affinity"),
                tolerations(spec, path + ".tolerations"),
                Boolean.TRUE.equals(hostNetwork),
                containers(spec, "containers", path + ".containers"),
                containers(spec, "initContainers", path + ".initContainers"),
                r.string(spec, "restartPolicy", path + ".restartPolicy"),
                r.integer(spec, "activeDeadlineSeconds", path + ".activeDeadlineSeconds"),
                ephemeral == null ? 0 : ephemeral.items().size(),
                r.string(spec, "priorityClassName", path + ".priorityClassName"));
    }

    private NodeAffinity affinity(YMap spec, String path) {
        YMap affinity = r.map(spec, "affinity", path);
        YMap nodeAffinity = r.map(affinity, "nodeAffinity", path + ".nodeAffinity");
        if (nodeAffinity == null) {
            return null;
        }
        String base = path + ".nodeAffinity";
        YSeq preferred = r.seq(nodeAffinity, "preferredDuringSchedulingIgnoredDuringExecution",
                base + ".preferredDuringSchedulingIgnoredDuringExecution");
        YMap required = r.map(nodeAffinity, "requiredDuringSchedulingIgnoredDuringExecution",
                base + ".requiredDuringSchedulingIgnoredDuringExecution");
        List<NodeSelectorTerm> terms = null;
        if (required != null) {
            terms = new ArrayList<>();
            String termsPath = base + ".requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms";
            List<YMap> termMaps = r.maps(required, "nodeSelectorTerms", termsPath);
            for (int i = 0; i < termMaps.size(); i++) {
                YMap term = termMaps.get(i);
                String tp = termsPath + "[" + i + "]";
                terms.add(term == null ? new NodeSelectorTerm(List.of(), List.of())
                        : new NodeSelectorTerm(requirements(term, "matchExpressions", tp + ".matchExpressions"),
                        requirements(term, "matchFields", tp + ".matchFields")));
            }
        }
        return new NodeAffinity(terms, preferred == null ? 0 : preferred.items().size());
    }

    private List<NodeSelectorRequirement> requirements(YMap term, String key, String path) {
        List<NodeSelectorRequirement> out = new ArrayList<>();
        List<YMap> items = r.maps(term, key, path);
        for (int i = 0; i < items.size(); i++) {
            YMap req = items.get(i);
            if (req == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            out.add(new NodeSelectorRequirement(r.string(req, "key", p + ".key"), r.string(req, "operator", p + ".operator"),
                    r.strings(req, "values", p + ".values")));
        }
        return out;
    }

    List<Toleration> tolerations(YMap spec, String path) {
        List<Toleration> out = new ArrayList<>();
        List<YMap> items = r.maps(spec, "tolerations", path);
        for (int i = 0; i < items.size(); i++) {
            YMap t = items.get(i);
            if (t == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            out.add(new Toleration(r.string(t, "key", p + ".key"), r.string(t, "operator", p + ".operator"),
                    r.string(t, "value", p + ".value"), r.string(t, "effect", p + ".effect"),
                    r.integer(t, "tolerationSeconds", p + ".tolerationSeconds")));
        }
        return out;
    }

    private List<Container> containers(YMap spec, String key, String path) {
        List<Container> out = new ArrayList<>();
        List<YMap> items = r.maps(spec, key, path);
        for (int i = 0; i < items.size(); i++) {
            YMap c = items.get(i);
            if (c == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            List<ContainerPort> ports = new ArrayList<>();
            List<YMap> portMaps = r.maps(c, "ports", p + ".ports");
            for (int j = 0; j < portMaps.size(); j++) {
                YMap port = portMaps.get(j);
                if (port == null) {
                    continue;
                }
                String pp = p + ".ports[" + j + "]";
                ports.add(new ContainerPort(r.string(port, "name", pp + ".name"), r.int32(port, "containerPort", pp + ".containerPort"),
                        r.int32(port, "hostPort", pp + ".hostPort"), r.string(port, "protocol", pp + ".protocol")));
            }
            out.add(new Container(r.string(c, "name", p + ".name"), r.string(c, "image", p + ".image"), ports));
        }
        return out;
    }
}
