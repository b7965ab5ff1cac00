package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.domain.Toleration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rule 6a (core ValidateTolerations): key syntax, operator/value/effect combinations. */
final class TolerationsRule implements DaemonSetRule {
    static final String CODE = "InvalidToleration";
    private static final List<String> OPERATORS = List.of(Toleration.EQUAL, Toleration.EXISTS);
    private static final List<String> EFFECTS = List.of(TaintEffect.NO_SCHEDULE, TaintEffect.PREFER_NO_SCHEDULE, TaintEffect.NO_EXECUTE);

    @Override
    public void check(DaemonSet ds, Problems out) {
        List<Toleration> tolerations = ds.template().spec().tolerations();
        for (int i = 0; i < tolerations.size(); i++) {
            check(tolerations.get(i), "spec.template.spec.tolerations[" + i + "]", out);
        }
    }

    private static void check(Toleration t, String p, Problems out) {
        if (!t.key().isEmpty()) {
            LabelChecks.labelName(t.key(), p + ".key", CODE, out);
        }
        if (t.key().isEmpty() && !Toleration.EXISTS.equals(t.operator())) {
            out.invalid(CODE, p + ".operator", t.operator(),
                    "operator must be Exists when `key` is empty, which means \"match all values and all keys\"");
        }
        if (t.tolerationSeconds() != null && !TaintEffect.NO_EXECUTE.equals(t.effect())) {
            out.invalid(CODE, p + ".effect", t.effect(), "effect must be 'NoExecute' when `tolerationSeconds` is set");
        }
        switch (t.operator()) {
            case Toleration.EQUAL, "" -> {
                List<String> errors = LabelSyntax.labelValue(t.value());
                if (!errors.isEmpty()) {
                    out.invalid(CODE, p + ".operator", t.value(), String.join(";", errors));
                }
            }
            case Toleration.EXISTS -> {
                if (!t.value().isEmpty()) {
                    out.invalid(CODE, p + ".operator", new GoValues.Raw(json(t)), "value must be empty when `operator` is 'Exists'");
                }
            }
            default -> out.notSupported(CODE, p + ".operator", t.operator(), OPERATORS);
        }
        if (!t.effect().isEmpty() && !EFFECTS.contains(t.effect())) {
            out.notSupported(CODE, p + ".effect", t.effect(), EFFECTS);
        }
    }

    private static String json(Toleration t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", t.key());
        fields.put("operator", t.operator());
        fields.put("value", t.value());
        fields.put("effect", t.effect());
        if (t.tolerationSeconds() != null) {
            fields.put("tolerationSeconds", t.tolerationSeconds());
        }
        return GoValues.format(fields);
    }
}
