package io.dsstudio.cli;

import io.dsstudio.cluster.Confirmation;
import io.dsstudio.cluster.KubeconfigContexts;
import io.dsstudio.cluster.LiveCluster;
import io.dsstudio.cluster.LiveException;
import io.dsstudio.cluster.LiveOverlay;
import io.dsstudio.cluster.LiveSession;
import io.dsstudio.cluster.LoadProgress;
import io.dsstudio.cluster.ReadOnlyContexts;
import io.dsstudio.yaml.LoadedSnapshot;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.Console;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code --live [--kubeconfig F] [--context C] [--namespace N] [--yes] [--timeout 10m]}: use the cluster of a
 * kubeconfig context as the engine. Files given with --live are laid over the live state. Every connection,
 * permission or kubeconfig problem becomes one clear line and exit code 2.
 */
public final class LiveOptions {
    @Option(names = "--live", description = "Read the cluster of the kubeconfig context instead of (or under) snapshot files.")
    boolean live;

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig file (default: KUBECONFIG, else ~/.kube/config).")
    String kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context (default: the current context).")
    String context;

    @Option(names = "--namespace", paramLabel = "NS",
            description = "Only this namespace (default: all namespaces); also where manifests without a namespace go.")
    String namespace;

    @Option(names = "--yes", description = "Apply without asking (required when no terminal is attached).")
    boolean yes;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "How long to wait for DaemonSets to converge after apply, e.g. 90s, 10m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    private Map<String, String> env = System.getenv();
    private String userHome = System.getProperty("user.home");
    private Supplier<Console> console = System::console;

    public boolean live() {
        return live;
    }

    public Duration timeout() {
        return timeout;
    }

    /** For tests: the environment, home directory and terminal the options read. */
    LiveOptions withEnvironment(Map<String, String> environment, String home, Supplier<Console> terminal) {
        this.env = environment;
        this.userHome = home;
        this.console = terminal;
        return this;
    }

    /** The live-only options make no sense without --live. */
    public void checkUsage() {
        if (!live && (kubeconfig != null || context != null || namespace != null || yes)) {
            throw new UsageException("--kubeconfig, --context, --namespace and --yes need --live");
        }
    }

    /** Connects to the context (no loading yet); failures exit 2 with one line. */
    public LiveCluster connect(Output output) {
        try {
            String explicit = kubeconfig;
            KubeconfigContexts contexts = KubeconfigContexts.load(explicit, env, userHome);
            LiveCluster cluster = LiveCluster.connect(contexts, context, namespace);
            try {
                cluster.versionWarning().ifPresent(w -> output.err().println("warning: " + w));
            } catch (LiveException e) {
                cluster.close();
                throw e;
            }
            return cluster;
        } catch (LiveException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Connects and loads the live state (nodes, DaemonSets, revisions, pods), reporting progress on stderr. */
    public LiveSession open(Output output) {
        LiveCluster cluster = connect(output);
        try {
            return LiveSession.openLoaded(cluster, progress(output));
        } catch (LiveException e) {
            cluster.close();
            throw new UsageException(e.getMessage());
        }
    }

    /** The live state with the files laid over it (plan, explain and apply take this). */
    public LoadedSnapshot overlay(LiveSession session, LoadedSnapshot files) {
        return LiveOverlay.lay(session.loaded(), files, session.cluster().defaultNamespace());
    }

    /** The live state alone, when no files were given. */
    public LoadedSnapshot liveOnly(LiveSession session) {
        return session.loaded().toLoaded();
    }

    public ReadOnlyContexts readOnlyContexts() {
        return new ReadOnlyContexts(ReadOnlyContexts.studioHome(env, userHome));
    }

    /**
     * How apply asks before changing the cluster: --yes, else a y/N question on the terminal; with no terminal and
     * no --yes, exit 2.
     */
    public Confirmation confirmation(Output output) {
        if (yes) {
            return Confirmation.ALWAYS;
        }
        Console terminal = console.get();
        if (terminal == null) {
            throw new UsageException("apply --live changes the cluster: pass --yes when no terminal is attached");
        }
        return prompt -> {
            output.err().println(prompt);
            output.err().flush();
            String answer = terminal.readLine("Proceed? [y/N] ");
            return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
        };
    }

    private static LoadProgress progress(Output output) {
        return (kind, loaded, done) -> {
            if (done) {
                output.err().println("loaded " + loaded + " " + kind + (loaded == 1 ? "" : "s"));
            }
        };
    }

    /** 90s, 10m, 1h, PT10M or plain seconds. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("pt")) {
                    return Duration.parse(v.toUpperCase(Locale.ROOT));
                }
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                char unit = v.charAt(v.length() - 1);
                long amount = Character.isDigit(unit) ? Long.parseLong(v) : Long.parseLong(v.substring(0, v.length() - 1));
                Duration d = switch (unit) {
                    case 'h' -> Duration.ofHours(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    default -> Duration.ofSeconds(amount);
                };
                if (d.isNegative() || d.isZero()) {
                    throw new CommandLine.TypeConversionException("'" + value + "' must be positive");
                }
                return d;
            } catch (RuntimeException e) {
                if (e instanceof CommandLine.TypeConversionException t) {
                    throw t;
                }
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 90s, 10m, 1h)");
            }
        }
    }
}
