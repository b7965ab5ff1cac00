package io.dsstudio.yaml;

import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.OwnerReference;

import java.util.ArrayList;
import java.util.List;

/** metadata → {@link ObjectMeta}. */
final class MetaMapper {
    private MetaMapper() {
    }

    static ObjectMeta map(KubeObject object, FieldReader r) {
        YMap meta = r.map(object.root(), "metadata", "");
        // A name or namespace that is not a string (name: 12345) is a type error, not a missing name.
        r.string(meta, "name", "metadata");
        r.string(meta, "namespace", "metadata");
        List<OwnerReference> owners = new ArrayList<>();
        List<YMap> refs = r.maps(meta, "ownerReferences", "metadata");
        for (int i = 0; i < refs.size(); i++) {
            YMap ref = refs.get(i);
            if (ref == null) {
                continue;
            }
            CharSequence p = LazyPath.item("metadata", "ownerReferences", i);
            Boolean controller = r.bool(ref, "controller", p);
            Boolean blockOwnerDeletion = r.bool(ref, "blockOwnerDeletion", p);
            owners.add(new OwnerReference(r.string(ref, "apiVersion", p), r.string(ref, "kind", p),
                    r.string(ref, "name", p), r.string(ref, "uid", p), Boolean.TRUE.equals(controller),
                    blockOwnerDeletion));
        }
        return new ObjectMeta(object.name(), object.namespace(), r.string(meta, "uid", "metadata"),
                r.stringMap(meta, "labels", "metadata"), r.stringMap(meta, "annotations", "metadata"),
                owners, r.time(meta, "creationTimestamp", "metadata"),
                r.time(meta, "deletionTimestamp", "metadata"),
                r.integer(meta, "generation", "metadata"));
    }
}
