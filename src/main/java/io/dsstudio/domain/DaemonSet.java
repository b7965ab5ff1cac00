package io.dsstudio.domain;

/**
 * A DaemonSet after the API server's defaulting for its apiVersion.
 *
 * @param selector           null when the manifest has none (selects nothing)
 * @param templateGeneration extensions/v1beta1 {@code spec.templateGeneration}, else null
 */
public record DaemonSet(String apiVersion, ObjectMeta meta, LabelSelector selector, PodTemplate template,
                        UpdateStrategy updateStrategy, int minReadySeconds, Integer revisionHistoryLimit,
                        Long templateGeneration) {

    public static final String KIND = "DaemonSet";
    public static final String GENERATION_ANNOTATION = "deprecated.daemonset.template.generation";
    public static final String LEGACY_AFFINITY_ANNOTATION = "scheduler.alpha.kubernetes.io/affinity";
    public static final String EXTENSIONS_V1BETA1 = "extensions/v1beta1";

    public ObjectRef ref() {
        return new ObjectRef(KIND, meta.namespace(), meta.name());
    }

    /** "namespace/name", the key the CLI and the UI use. */
    public String key() {
        return meta.namespace() + "/" + meta.name();
    }

    /**
     * The template generation pods are compared with: the annotation for apps/v1, spec.templateGeneration for
     * extensions/v1beta1; null when the snapshot has neither.
     */
    public Long generation() {
        if (EXTENSIONS_V1BETA1.equals(apiVersion) && templateGeneration != null) {
            return templateGeneration;
        }
        String annotated = meta.annotations().get(GENERATION_ANNOTATION);
        if (annotated != null) {
            try {
                return Long.parseLong(annotated.trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return templateGeneration;
    }

    public DaemonSet withMeta(ObjectMeta newMeta) {
        return new DaemonSet(apiVersion, newMeta, selector, template, updateStrategy, minReadySeconds,
                revisionHistoryLimit, templateGeneration);
    }

    public DaemonSet withTemplate(PodTemplate newTemplate) {
        return new DaemonSet(apiVersion, meta, selector, newTemplate, updateStrategy, minReadySeconds,
                revisionHistoryLimit, templateGeneration);
    }

    public DaemonSet withUpdateStrategy(UpdateStrategy strategy) {
        return new DaemonSet(apiVersion, meta, selector, template, strategy, minReadySeconds,
                revisionHistoryLimit, templateGeneration);
    }

    public DaemonSet withMinReadySeconds(int seconds) {
        return new DaemonSet(apiVersion, meta, selector, template, updateStrategy, seconds,
                revisionHistoryLimit, templateGeneration);
    }

    public DaemonSet withSelector(LabelSelector newSelector) {
        return new DaemonSet(apiVersion, meta, newSelector, template, updateStrategy, minReadySeconds,
                revisionHistoryLimit, templateGeneration);
    }
}
