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

    /** {@code path} is where {@code spec} stands ({@code spec}, {@code spec.template.spec}). */
    PodSpec map(YMap spec, CharSequence path) {
        if (spec == null) {
            return PodSpec.empty();
        }
        Boolean hostNetwork = r.bool(spec, "hostNetwork", path);
        YSeq ephemeral = r.seq(spec, "ephemeralContainers", path);
        return new PodSpec(r.string(spec, "nodeName", path),
                r.stringMap(spec, "nodeSelector", path),
                affinity(spec, path),
                tolerations(spec, path),
                Boolean.TRUE.equals(hostNetwork),
                containers(spec, "containers", path),
                containers(spec, "initContainers", path),
                r.string(spec, "restartPolicy", path),
                r.integer(spec, "activeDeadlineSeconds", path),
                ephemeral == null ? 0 : ephemeral.items().size(),
                r.string(spec, "priorityClassName", path));
    }

    private NodeAffinity affinity(YMap spec, CharSequence specPath) {
        YMap affinity = r.map(spec, "affinity", specPath);
        CharSequence path = LazyPath.field(specPath, "affinity");
        YMap nodeAffinity = r.map(affinity, "nodeAffinity", path);
        if (nodeAffinity == null) {
            return null;
        }
        CharSequence base = LazyPath.field(path, "nodeAffinity");
        YSeq preferred = r.seq(nodeAffinity, "preferredDuringSchedulingIgnoredDuringExecution", base);
        YMap requiredMap = r.map(nodeAffinity, "requiredDuringSchedulingIgnoredDuringExecution", base);
        List<NodeSelectorTerm> terms = null;
        if (requiredMap != null) {
            terms = new ArrayList<>();
            CharSequence required = LazyPath.field(base, "requiredDuringSchedulingIgnoredDuringExecution");
            List<YMap> termMaps = r.maps(requiredMap, "nodeSelectorTerms", required);
            for (int i = 0; i < termMaps.size(); i++) {
                YMap term = termMaps.get(i);
                CharSequence tp = LazyPath.item(required, "nodeSelectorTerms", i);
                terms.add(term == null ? new NodeSelectorTerm(List.of(), List.of())
                        : new NodeSelectorTerm(requirements(term, "matchExpressions", tp),
                        requirements(term, "matchFields", tp)));
            }
        }
        return new NodeAffinity(terms, preferred == null ? 0 : preferred.items().size());
    }

    private List<NodeSelectorRequirement> requirements(YMap term, String key, CharSequence termPath) {
        List<NodeSelectorRequirement> out = new ArrayList<>();
        List<YMap> items = r.maps(term, key, termPath);
        for (int i = 0; i < items.size(); i++) {
            YMap req = items.get(i);
            if (req == null) {
                continue;
            }
            CharSequence p = LazyPath.item(termPath, key, i);
            out.add(new NodeSelectorRequirement(r.string(req, "key", p), r.string(req, "operator", p),
                    r.strings(req, "values", p)));
        }
        return out;
    }

    /** The tolerations of the pod spec at {@code specPath}. */
    List<Toleration> tolerations(YMap spec, CharSequence specPath) {
        List<Toleration> out = new ArrayList<>();
        List<YMap> items = r.maps(spec, "tolerations", specPath);
        for (int i = 0; i < items.size(); i++) {
            YMap t = items.get(i);
            if (t == null) {
                continue;
            }
            CharSequence p = LazyPath.item(specPath, "tolerations", i);
            out.add(new Toleration(r.string(t, "key", p), r.string(t, "operator", p),
                    r.string(t, "value", p), r.string(t, "effect", p),
                    r.integer(t, "tolerationSeconds", p)));
        }
        return out;
    }

    private List<Container> containers(YMap spec, String key, CharSequence specPath) {
        List<Container> out = new ArrayList<>();
        List<YMap> items = r.maps(spec, key, specPath);
        for (int i = 0; i < items.size(); i++) {
            YMap c = items.get(i);
            if (c == null) {
                continue;
            }
            CharSequence p = LazyPath.item(specPath, key, i);
            List<ContainerPort> ports = new ArrayList<>();
            List<YMap> portMaps = r.maps(c, "ports", p);
            for (int j = 0; j < portMaps.size(); j++) {
                YMap port = portMaps.get(j);
                if (port == null) {
                    continue;
                }
                CharSequence pp = LazyPath.item(p, "ports", j);
                ports.add(new ContainerPort(r.string(port, "name", pp), r.int32(port, "containerPort", pp),
                        r.int32(port, "hostPort", pp), r.string(port, "protocol", pp)));
            }
            out.add(new Container(r.string(c, "name", p), r.string(c, "image", p), ports));
        }
        return out;
    }
}
