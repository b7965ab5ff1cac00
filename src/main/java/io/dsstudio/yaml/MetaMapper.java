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
        YMap meta = r.map(object.root(), "metadata", "metadata");
        // A name or namespace that is not a string (name: 12345) is a type error, not a missing name.
        r.string(meta, "name", "metadata.name");
        r.string(meta, "namespace", "metadata.namespace");
        List<OwnerReference> owners = new ArrayList<>();
        List<YMap> refs = r.maps(meta, "ownerReferences", "metadata.ownerReferences");
        for (int i = 0; i < refs.size(); i++) {
            YMap ref = refs.get(i);
            if (ref == null) {
                continue;
            }
            String p = "metadata.ownerReferences[" + i + "]";
            Boolean controller = r.bool(ref, "controller", p + ".controller");
            Boolean blockOwnerDeletion = r.bool(ref, "blockOwnerDeletion", p + ".blockOwnerDeletion");
            owners.add(new OwnerReference(r.string(ref, "apiVersion", p + ".apiVersion"), r.string(ref, "kind", p + ".kind"),
                    r.string(ref, "name", p + ".name"), r.string(ref, "uid", p + ".uid"), Boolean.TRUE.equals(controller),
                    blockOwnerDeletion));
        }
        return new ObjectMeta(object.name(), object.namespace(), r.string(meta, "uid", "metadata.uid"),
                r.stringMap(meta, "labels", "metadata.labels"), r.stringMap(meta, "annotations", "metadata.annotations"),
                owners, r.time(meta, "creationTimestamp", "metadata.creationTimestamp"),
                r.time(meta, "deletionTimestamp", "metadata.deletionTimestamp"),
                r.integer(meta, "generation", "metadata.generation"));
    }
}
