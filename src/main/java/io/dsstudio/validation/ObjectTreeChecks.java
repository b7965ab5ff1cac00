package io.dsstudio.validation;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.schema.KubeSchema;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.ObjectCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks that read an object's tree, run by the reader while the tree is at hand (registered in
 * META-INF/services for {@link ObjectCheck}): a mistyped kind ({@link KindCheck}), the schema ({@link SchemaCheck}),
 * and the API server's rules for the parts of Nodes ({@link NodeApiRules}) and DaemonSet pod templates
 * ({@link PodTemplateApiRules}) that the mapped objects do not hold. Stateless: one instance serves every thread.
 */
public final class ObjectTreeChecks implements ObjectCheck {
    private final KindCheck kinds;
    private final SchemaCheck schema;
    private final PodTemplateApiRules podTemplates;

    public ObjectTreeChecks() {
        this(KubeSchema.get());
    }

    ObjectTreeChecks(KubeSchema schema) {
        this.kinds = new KindCheck(schema);
        this.schema = new SchemaCheck(schema);
        this.podTemplates = new PodTemplateApiRules(schema);
    }

    @Override
    public List<Diagnostic> check(KubeObject object) {
        List<Diagnostic> kind = kinds.check(object);
        if (!kind.isEmpty()) {
            return kind;
        }
        List<Diagnostic> found = schema.check(object);
        TreeFindings rules = new TreeFindings(object);
        if (ClusterNode.KIND.equals(object.kind())) {
            NodeApiRules.check(object, rules);
        } else if (DaemonSet.KIND.equals(object.kind())) {
            podTemplates.check(object.root(), rules);
        }
        if (rules.diagnostics().isEmpty()) {
            return found;
        }
        List<Diagnostic> all = new ArrayList<>(found);
        all.addAll(rules.diagnostics());
        return all;
    }
}
