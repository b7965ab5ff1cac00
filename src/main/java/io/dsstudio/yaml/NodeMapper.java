package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.NodeCondition;
import io.dsstudio.domain.NodeInfo;
import io.dsstudio.domain.Taint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Node tree → {@link ClusterNode}. */
final class NodeMapper {
    private NodeMapper() {
    }

    static ClusterNode map(KubeObject object, FieldReader r) {
        YMap spec = r.map(object.root(), "spec", "");
        YMap status = r.map(object.root(), "status", "");
        List<Taint> taints = new ArrayList<>();
        List<YMap> taintMaps = r.maps(spec, "taints", "spec");
        for (int i = 0; i < taintMaps.size(); i++) {
            YMap t = taintMaps.get(i);
            if (t != null) {
                CharSequence p = LazyPath.item("spec", "taints", i);
                taints.add(new Taint(r.string(t, "key", p), r.string(t, "value", p),
                        r.string(t, "effect", p)));
            }
        }
        List<NodeCondition> conditions = new ArrayList<>();
        List<YMap> conditionMaps = r.maps(status, "conditions", "status");
        for (int i = 0; i < conditionMaps.size(); i++) {
            YMap c = conditionMaps.get(i);
            if (c != null) {
                CharSequence p = LazyPath.item("status", "conditions", i);
                conditions.add(new NodeCondition(r.string(c, "type", p), r.string(c, "status", p),
                        r.time(c, "lastTransitionTime", p), r.string(c, "reason", p),
                        r.string(c, "message", p)));
            }
        }
        YMap info = r.map(status, "nodeInfo", "status");
        NodeInfo nodeInfo = info == null ? NodeInfo.EMPTY : new NodeInfo(
                r.string(info, "architecture", "status.nodeInfo"),
                r.string(info, "operatingSystem", "status.nodeInfo"),
                r.string(info, "kubeletVersion", "status.nodeInfo"),
                r.string(info, "containerRuntimeVersion", "status.nodeInfo"),
                r.string(info, "osImage", "status.nodeInfo"));
        Boolean unschedulable = r.bool(spec, "unschedulable", "spec");
        return new ClusterNode(MetaMapper.map(object, r), Boolean.TRUE.equals(unschedulable), taints, conditions,
                quantities(status, "capacity"), quantities(status, "allocatable"), nodeInfo);
    }

    /** Resource quantities may be written as numbers ({@code pods: 110}); they are shown as written. */
    private static Map<String, String> quantities(YMap status, String key) {
        if (status == null || !(status.get(key) instanceof YMap map)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YEntry e : map.entries()) {
            if (e.value() instanceof YScalar s && s.value() != null) {
                out.put(e.key(), s.text());
            }
        }
        return out;
    }
}
