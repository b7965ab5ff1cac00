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
    /** The checks of a given schema; null for the installed one, made at the first check or by {@link #prepareAhead}. */
    private final Parts given;

    public ObjectTreeChecks() {
        this.given = null;
    }

    ObjectTreeChecks(KubeSchema schema) {
        this.given = new Parts(schema);
    }

    private record Parts(KindCheck kinds, SchemaCheck schema, PodTemplateApiRules podTemplates) {
        Parts(KubeSchema schema) {
            this(new KindCheck(schema), new SchemaCheck(schema), new PodTemplateApiRules(schema));
        }
    }

    /** The installed schema's checks, made once, when first asked for (the JVM's class initialisation is the lock). */
    private static final class Installed {
        static final Parts PARTS = new Parts(KubeSchema.get());
    }

    private Parts parts() {
        return given != null ? given : Installed.PARTS;
    }

    /**
     * Reads the schema (a JSON document, and the JSON library's classes, about a third of a second of a cold JVM) on
     * a thread of its own, while the reader reads and splits its files on the calling thread.
     */
    @Override
    public void prepareAhead() {
        if (given == null) {
            Thread reading = new Thread(this::parts, "dsstudio-schema");
            reading.setDaemon(true);
            reading.start();
        }
    }

    @Override
    public List<Diagnostic> check(KubeObject object) {
        Parts parts = parts();
        List<Diagnostic> kind = parts.kinds().check(object);
        if (!kind.isEmpty()) {
            return kind;
        }
        List<Diagnostic> found = parts.schema().check(object);
        TreeFindings rules = new TreeFindings(object);
        if (ClusterNode.KIND.equals(object.kind())) {
            NodeApiRules.check(object, rules);
        } else if (DaemonSet.KIND.equals(object.kind())) {
            parts.podTemplates().check(object.root(), rules);
        }
        if (rules.diagnostics().isEmpty()) {
            return found;
        }
        List<Diagnostic> all = new ArrayList<>(found);
        all.addAll(rules.diagnostics());
        return all;
    }
}
