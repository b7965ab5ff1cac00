package io.dsstudio.yaml;

import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;

import java.util.ArrayList;
import java.util.List;

/** A Pod tree → {@link Pod}. */
final class PodMapper {
    private PodMapper() {
    }

    static Pod map(KubeObject object, FieldReader r) {
        YMap status = r.map(object.root(), "status", "");
        List<PodCondition> conditions = new ArrayList<>();
        List<YMap> items = r.maps(status, "conditions", "status");
        for (int i = 0; i < items.size(); i++) {
            YMap c = items.get(i);
            if (c != null) {
                CharSequence p = LazyPath.item("status", "conditions", i);
                conditions.add(new PodCondition(r.string(c, "type", p), r.string(c, "status", p),
                        r.time(c, "lastTransitionTime", p)));
            }
        }
        return new Pod(MetaMapper.map(object, r),
                new PodSpecMapper(r).map(r.map(object.root(), "spec", ""), "spec"),
                r.string(status, "phase", "status"), conditions);
    }
}
