package io.dsstudio.domain;

/**
 * A ControllerRevision of a DaemonSet.
 *
 * @param templateFingerprint the fingerprint (see {@link PodTemplate#fingerprint()}) of the template it stores
 */
public record ControllerRevision(ObjectMeta meta, long revision, String templateFingerprint) {
    public static final String KIND = "ControllerRevision";

    /** The revision hash pods carry in {@code controller-revision-hash}: the label, else the name's last segment. */
    public String hash() {
        String label = meta.labels().get(Pod.REVISION_HASH_LABEL);
        if (label != null) {
            return label;
        }
        String name = meta.name() == null ? "" : meta.name();
        int dash = name.lastIndexOf('-');
        return dash < 0 ? name : name.substring(dash + 1);
    }

    public ObjectRef ref() {
        return new ObjectRef(KIND, meta.namespace(), meta.name());
    }
}
