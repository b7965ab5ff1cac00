package io.dsstudio.cluster;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kubeconfig as kubectl reads it: {@code --kubeconfig}, else every file of {@code KUBECONFIG} (merged, the
 * first file that names a context, cluster or user wins, and the first current-context wins), else
 * {@code ~/.kube/config}. Relative certificate paths are resolved against the file that holds them.
 */
public final class KubeconfigContexts {
    private final List<Path> files;
    private final io.fabric8.kubernetes.api.model.Config merged;
    private final SecretRedactor redactor = new SecretRedactor();

    private KubeconfigContexts(List<Path> files, io.fabric8.kubernetes.api.model.Config merged) {
        this.files = List.copyOf(files);
        this.merged = merged;
        collectSecrets();
    }

    /** Reads the kubeconfig files: {@code explicitPath} if given, else {@code KUBECONFIG} from env, else home. */
    public static KubeconfigContexts load(String explicitPath, Map<String, String> env, String userHome) {
        List<Path> files = locate(explicitPath, env, userHome);
        Map<String, NamedContext> contexts = new LinkedHashMap<>();
        Map<String, NamedCluster> clusters = new LinkedHashMap<>();
        Map<String, NamedAuthInfo> users = new LinkedHashMap<>();
        String current = null;
        for (Path file : files) {
            io.fabric8.kubernetes.api.model.Config one = parse(file);
            if ((current == null || current.isEmpty()) && one.getCurrentContext() != null) {
                current = one.getCurrentContext();
            }
            for (NamedContext c : nullToEmpty(one.getContexts())) {
                contexts.putIfAbsent(c.getName(), c);
            }
            for (NamedCluster c : nullToEmpty(one.getClusters())) {
                absolutify(file, c.getCluster());
                clusters.putIfAbsent(c.getName(), c);
            }
            for (NamedAuthInfo u : nullToEmpty(one.getUsers())) {
                absolutify(file, u.getUser());
                users.putIfAbsent(u.getName(), u);
            }
        }
        io.fabric8.kubernetes.api.model.Config merged = new io.fabric8.kubernetes.api.model.Config();
        merged.setApiVersion("v1");
        merged.setKind("Config");
        merged.setContexts(new ArrayList<>(contexts.values()));
        merged.setClusters(new ArrayList<>(clusters.values()));
        merged.setUsers(new ArrayList<>(users.values()));
        merged.setCurrentContext(current);
        return new KubeconfigContexts(files, merged);
    }

    /** Reads from this process's environment and home directory. */
    public static KubeconfigContexts load(String explicitPath) {
        return load(explicitPath, System.getenv(), System.getProperty("user.home"));
    }

    static List<Path> locate(String explicitPath, Map<String, String> env, String userHome) {
        if (explicitPath != null && !explicitPath.isBlank()) {
            Path path = Path.of(explicitPath);
            if (!Files.isRegularFile(path)) {
                throw new LiveException(LiveException.Kind.CONFIG, "kubeconfig not found: " + explicitPath);
            }
            return List.of(path);
        }
        String variable = env.get("KUBECONFIG");
        if (variable != null && !variable.isBlank()) {
            List<Path> found = new ArrayList<>();
            for (String part : variable.split(File.pathSeparator)) {
                if (!part.isBlank() && Files.isRegularFile(Path.of(part))) {
                    found.add(Path.of(part));
                }
            }
            if (found.isEmpty()) {
                throw new LiveException(LiveException.Kind.CONFIG,
                        "no kubeconfig found: none of the files in KUBECONFIG exists (" + variable + ")");
            }
            return found;
        }
        Path home = Path.of(userHome == null ? "" : userHome, ".kube", "config");
        if (!Files.isRegularFile(home)) {
            throw new LiveException(LiveException.Kind.CONFIG,
                    "no kubeconfig found: " + home + " does not exist (use --kubeconfig or set KUBECONFIG)");
        }
        return List.of(home);
    }

    private static io.fabric8.kubernetes.api.model.Config parse(Path file) {
        try {
            io.fabric8.kubernetes.api.model.Config config = KubeConfigUtils.parseConfig(file.toFile());
            if (config == null) {
                throw new LiveException(LiveException.Kind.CONFIG, "kubeconfig " + file + " is empty");
            }
            return config;
        } catch (LiveException e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser's message may quote the file's text, which can hold a token: keep only the file name
            throw new LiveException(LiveException.Kind.CONFIG, "cannot read kubeconfig " + file + ": not a valid kubeconfig file");
        }
    }

    private static void absolutify(Path file, Cluster cluster) {
        if (cluster != null) {
            cluster.setCertificateAuthority(resolve(file, cluster.getCertificateAuthority()));
        }
    }

    private static void absolutify(Path file, AuthInfo user) {
        if (user != null) {
            user.setClientCertificate(resolve(file, user.getClientCertificate()));
            user.setClientKey(resolve(file, user.getClientKey()));
            user.setTokenFile(resolve(file, user.getTokenFile()));
        }
    }

    private static String resolve(Path file, String maybeRelative) {
        if (maybeRelative == null || maybeRelative.isEmpty() || Path.of(maybeRelative).isAbsolute()) {
            return maybeRelative;
        }
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(maybeRelative).normalize().toString();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private void collectSecrets() {
        for (NamedAuthInfo named : nullToEmpty(merged.getUsers())) {
            AuthInfo user = named.getUser();
            if (user == null) {
                continue;
            }
            redactor.addSecret(user.getToken());
            redactor.addSecret(user.getPassword());
            redactor.addSecret(user.getClientKeyData());
            if (user.getAuthProvider() != null && user.getAuthProvider().getConfig() != null) {
                user.getAuthProvider().getConfig().values().forEach(redactor::addSecret);
            }
            if (user.getTokenFile() != null) {
                try {
                    redactor.addSecret(Files.readString(Path.of(user.getTokenFile())).trim());
                } catch (java.io.IOException | RuntimeException unreadable) {
                    // fabric8 will report the unreadable file when it is used
                }
            }
        }
    }

    public List<Path> files() {
        return files;
    }

    /** Every context, in file order. */
    public List<ContextInfo> contexts() {
        List<ContextInfo> out = new ArrayList<>();
        for (NamedContext named : nullToEmpty(merged.getContexts())) {
            out.add(info(named));
        }
        return out;
    }

    /** The kubeconfig's current-context, if set and defined. */
    public Optional<ContextInfo> current() {
        String name = merged.getCurrentContext();
        return find(name);
    }

    public Optional<ContextInfo> find(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        return nullToEmpty(merged.getContexts()).stream().filter(c -> name.equals(c.getName())).findFirst().map(this::info);
    }

    /** The named context, or the current one when {@code name} is null; a one-line error when there is none. */
    public ContextInfo resolve(String name) {
        if (name != null && !name.isEmpty()) {
            return find(name).orElseThrow(() -> new LiveException(LiveException.Kind.CONFIG,
                    "context \"" + name + "\" not found in kubeconfig (known: " + names() + ")"));
        }
        return current().orElseThrow(() -> new LiveException(LiveException.Kind.CONFIG,
                "the kubeconfig has no current-context; choose one with --context (known: " + names() + ")"));
    }

    private String names() {
        List<String> names = contexts().stream().map(ContextInfo::name).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private ContextInfo info(NamedContext named) {
        var ctx = named.getContext();
        String clusterName = ctx == null ? null : ctx.getCluster();
        String server = nullToEmpty(merged.getClusters()).stream()
                .filter(c -> c.getName() != null && c.getName().equals(clusterName) && c.getCluster() != null)
                .map(c -> c.getCluster().getServer()).findFirst().orElse(null);
        String ns = ctx == null || ctx.getNamespace() == null || ctx.getNamespace().isEmpty() ? null : ctx.getNamespace();
        return new ContextInfo(named.getName(), clusterName, ctx == null ? null : ctx.getUser(), ns, server);
    }

    /** The secrets this kubeconfig holds, so messages can be scrubbed of them. */
    public SecretRedactor redactor() {
        return redactor;
    }

    /**
     * A client configuration for the context: TLS verification, certificates and credentials exactly as the
     * kubeconfig says (exec credential plugins run as kubectl runs them).
     */
    public Config clientConfig(ContextInfo context) {
        String yaml = new KubernetesSerialization().asYaml(merged);
        try {
            return Config.fromKubeconfig(context.name(), yaml, files.get(0).toAbsolutePath().toString());
        } catch (RuntimeException e) {
            throw new LiveException(LiveException.Kind.CONFIG, redactor.redact(
                    "cannot use context \"" + context.name() + "\": " + firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid kubeconfig entry";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
