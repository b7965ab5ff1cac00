package io.dsstudio.yaml;

import io.dsstudio.domain.ControllerRevision;

import java.util.LinkedHashMap;
import java.util.Map;

/** A ControllerRevision tree → {@link ControllerRevision}, fingerprinting the DaemonSet template it stores. */
final class RevisionMapper {
    private RevisionMapper() {
    }

    static ControllerRevision map(KubeObject object, FieldReader r) {
        Long revision = r.integer(object.root(), "revision", "");
        YMap data = r.map(object.root(), "data", "");
        YMap spec = data == null || !(data.get("spec") instanceof YMap s) ? null : s;
        String fingerprint = "";
        if (spec != null && spec.get("template") instanceof YMap template) {
            Map<String, Object> plain = new LinkedHashMap<>(template.toPlain());
            plain.remove("$patch");
            fingerprint = Canonical.json(plain);
        }
        return new ControllerRevision(MetaMapper.map(object, r), revision == null ? 0 : revision, fingerprint);
    }
}
