package io.dsstudio.validation;

import java.util.Locale;
import java.util.Map;

/** Upstream's ValidateLabels / ValidateLabelName / ValidateAnnotations, reporting into {@link Problems}. */
final class LabelChecks {
    static final long ANNOTATION_SIZE_LIMIT = 256 * 1024;

    private LabelChecks() {
    }

    /** Keys and values of a label map; errors point at the map's path, not the key (§8.1). */
    static void labels(Map<String, String> labels, String field, String code, Problems out) {
        labels.forEach((key, value) -> {
            labelName(key, field, code, out);
            LabelSyntax.labelValue(value).forEach(m -> out.invalid(code, field, value, m));
        });
    }

    static void labelName(String key, String field, String code, Problems out) {
        LabelSyntax.qualifiedName(key).forEach(m -> out.invalid(code, field, key, m));
    }

    /** Annotation keys are qualified names once lower-cased; all keys and values together at most 256 KiB. */
    static void annotations(Map<String, String> annotations, String field, String code, Problems out) {
        long size = 0;
        for (Map.Entry<String, String> e : annotations.entrySet()) {
            LabelSyntax.qualifiedName(e.getKey().toLowerCase(Locale.ROOT)).forEach(m -> out.invalid(code, field, e.getKey(), m));
            size += utf8Length(e.getKey()) + utf8Length(e.getValue());
        }
        if (size > ANNOTATION_SIZE_LIMIT) {
            out.tooLong(code, field, ANNOTATION_SIZE_LIMIT);
        }
    }

    private static long utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
