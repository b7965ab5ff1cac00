package io.dsstudio.cluster;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Severity;
import io.dsstudio.yaml.Canonical;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.YMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate --live}: a server-side apply dry run of every object in the files, so the API server's own
 * validation and admission judge them. Each error is placed at its field in the file when the server names one.
 */
public final class ServerDryRun {
    private final LiveCluster cluster;

    public ServerDryRun(LiveCluster cluster) {
        this.cluster = cluster;
    }

    /** Diagnostics for the objects the server rejected; a connection-level failure is thrown as {@link LiveException}. */
    public List<Diagnostic> check(List<KubeObject> objects) {
        List<Diagnostic> out = new ArrayList<>();
        for (KubeObject object : objects) {
            String namespace = namespaceFor(object);
            ObjectRef ref = new ObjectRef(object.kind(), namespace, object.name());
            try {
                HasMetadata typed = cluster.client().getKubernetesSerialization()
                        .unmarshal(Canonical.json(object.root().toPlain()));
                if (namespace != null) {
                    typed.getMetadata().setNamespace(namespace);
                }
                cluster.client().resource(typed).dryRun().fieldManager(ChangeExecutor.FIELD_MANAGER).serverSideApply();
            } catch (RuntimeException failure) {
                LiveException live = cluster.errors().translate("dry-running " + ref, failure);
                if (live.kind() != LiveException.Kind.INVALID && live.kind() != LiveException.Kind.CONFLICT
                        && live.kind() != LiveException.Kind.NOT_FOUND) {
                    throw live;
                }
                KubernetesClientException kce = ErrorTranslator.find(failure, KubernetesClientException.class);
                List<Diagnostic> causes = StatusCauses.diagnostics(ref, kce == null ? null : kce.getStatus(), cluster.redactor());
                if (causes.isEmpty()) {
                    causes = List.of(new Diagnostic(Severity.ERROR, "ServerRejected", ref.toString(), null, null, live.getMessage(), null));
                }
                for (Diagnostic d : causes) {
                    String field = d.field() == null ? null : d.field().startsWith(".") ? d.field().substring(1) : d.field();
                    Diagnostic at = new Diagnostic(d.severity(), d.code(), d.object(), field, d.type(), d.message(), null);
                    out.add(at.at(field == null ? object.position() : object.locate(field)));
                }
            }
        }
        return out;
    }

    private String namespaceFor(KubeObject object) {
        if (object.namespace() == null) {
            return null;
        }
        boolean named = object.root().get("metadata") instanceof YMap meta && meta.get("namespace") != null;
        return named ? object.namespace() : cluster.defaultNamespace();
    }
}
