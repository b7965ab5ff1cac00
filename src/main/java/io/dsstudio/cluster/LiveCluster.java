package io.dsstudio.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.VersionInfo;

import java.util.Optional;

/**
 * A connection to one kubeconfig context: the client, which namespaces the tool looks at, and where a
 * manifest without a namespace goes.
 *
 * @see #connect(KubeconfigContexts, String, String)
 */
public final class LiveCluster implements AutoCloseable {
    /** The predictions follow the controller of this minor version and newer. */
    static final int RULES_MINOR = 28;
    private static final int RETRIES = 2;

    private final KubernetesClient client;
    private final ContextInfo context;
    private final String namespaceScope;
    private final SecretRedactor redactor;
    private final ErrorTranslator errors;

    /**
     * @param namespaceScope the namespace DaemonSets and pods are read from, or null for all namespaces
     */
    public LiveCluster(KubernetesClient client, ContextInfo context, String namespaceScope, SecretRedactor redactor) {
        this.client = client;
        this.context = context;
        this.namespaceScope = namespaceScope == null || namespaceScope.isBlank() ? null : namespaceScope;
        this.redactor = redactor;
        String server = client.getConfiguration() == null ? context.server() : client.getConfiguration().getMasterUrl();
        this.errors = new ErrorTranslator(redactor, server == null ? "(unknown server)" : server);
        rememberRuntimeSecrets();
    }

    /** Connects to {@code contextName} (null: the current context); {@code namespace} null means all namespaces. */
    public static LiveCluster connect(KubeconfigContexts kubeconfig, String contextName, String namespace) {
        ContextInfo context = kubeconfig.resolve(contextName);
        Config config = kubeconfig.clientConfig(context);
        // fail fast on a refused connection or a failing server: a few quick retries, not fabric8's ten
        config.setRequestRetryBackoffLimit(RETRIES);
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
        return new LiveCluster(client, context, namespace, kubeconfig.redactor());
    }

    public KubernetesClient client() {
        return client;
    }

    public ContextInfo context() {
        return context;
    }

    /** Null for all namespaces. */
    public String namespaceScope() {
        return namespaceScope;
    }

    /** Where a manifest without a namespace goes: the chosen namespace, else the context's, else "default". */
    public String defaultNamespace() {
        if (namespaceScope != null) {
            return namespaceScope;
        }
        return context.namespace() != null ? context.namespace() : "default";
    }

    public SecretRedactor redactor() {
        return redactor;
    }

    public ErrorTranslator errors() {
        rememberRuntimeSecrets();
        return errors;
    }

    /** The API server URL the client talks to. */
    public String server() {
        return client.getConfiguration() == null ? context.server() : client.getConfiguration().getMasterUrl();
    }

    /** "context (server)", as the confirmation and the reports name the cluster. */
    public String describe() {
        String server = client.getConfiguration() == null ? context.server() : client.getConfiguration().getMasterUrl();
        return "context \"" + context.name() + "\" (cluster " + (context.cluster() == null ? "?" : context.cluster())
                + " at " + server + ")";
    }

    /**
     * Asks the API server for its version (this is also the connection check) and returns a warning when it is
     * older than 1.28, whose controller rules the predictions follow.
     */
    public Optional<String> versionWarning() {
        VersionInfo version;
        try {
            version = client.getKubernetesVersion();
        } catch (RuntimeException e) {
            LiveException live = errors().translate("reading the server version", e);
            if (live.kind() == LiveException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw live;
        }
        return versionWarning(version == null ? null : version.getMajor(), version == null ? null : version.getMinor());
    }

    static Optional<String> versionWarning(String major, String minor) {
        if (major == null || minor == null) {
            return Optional.empty();
        }
        try {
            int maj = Integer.parseInt(major.replaceAll("\\D", ""));
            int min = Integer.parseInt(minor.replaceAll("\\D", ""));
            if (maj == 1 && min < RULES_MINOR) {
                return Optional.of("the cluster runs Kubernetes " + maj + "." + min
                        + "; predictions follow the DaemonSet controller of 1.28 and newer, so they may differ");
            }
        } catch (NumberFormatException unparsable) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Tokens an exec credential plugin or auth provider produced are secrets too. */
    private void rememberRuntimeSecrets() {
        Config config = client.getConfiguration();
        if (config != null) {
            redactor.addSecret(config.getAutoOAuthToken());
            redactor.addSecret(config.getOauthToken());
            redactor.addSecret(config.getPassword());
            redactor.addSecret(config.getClientKeyData());
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
