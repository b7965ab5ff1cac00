import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the installer for the OS it runs on from the shaded jar: jdeps → jlink runtime → jpackage app
 * image → native package(s). Run by {@code mvn -Ppackage package} (exec-maven-plugin) as a single-file
 * Java program, so the same code runs on Linux, Windows and macOS with nothing but JDK 17:
 * <pre>java packaging/Packager.java --project-version 1.2.0-SNAPSHOT --jar target/daemonset-studio.jar --dest target/installer</pre>
 * The jpackage options live in argument files next to this file ({@code packaging/*.args} and
 * {@code packaging/<os>/*.args}); per-OS resources (desktop entry, maintainer scripts, Info.plist) in
 * {@code packaging/<os>/resources}.
 */
public final class Packager {
    private static final Path PACKAGING = Path.of("packaging");
    private static final Path ASSETS = Path.of("assets");

    /** The three OSes jpackage builds for; each has its own app name, icon format and installer types. */
    enum Os {
        LINUX("linux", "daemonset-studio", "png"),
        WINDOWS("windows", "DaemonSet Studio", "ico"),
        MACOS("macos", "DaemonSet Studio", "icns");

        final String dir;
        final String appName;
        final String iconExt;

        Os(String dir, String appName, String iconExt) {
            this.dir = dir;
            this.appName = appName;
            this.iconExt = iconExt;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MACOS : LINUX;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String projectVersion = require(options, "--project-version");
        Path jar = Path.of(require(options, "--jar"));
        Path dest = Path.of(require(options, "--dest"));
        Path work = Path.of(options.getOrDefault("--work", dest.resolveSibling("jpackage").toString()));
        if (!Files.isRegularFile(jar)) {
            fail("the application jar " + jar + " does not exist; run 'mvn package' first");
        }
        new Packager().build(Os.current(), installerVersion(projectVersion), jar, dest, work);
    }

    /** jpackage wants a plain numeric version: the Maven version without -SNAPSHOT (or another qualifier). */
    static String installerVersion(String projectVersion) {
        String version = projectVersion.replaceFirst("-.*$", "");
        if (!version.matches("\\d+(\\.\\d+){0,2}")) {
            fail("cannot derive an installer version from project version " + projectVersion);
        }
        return version;
    }

    private void build(Os os, String version, Path jar, Path dest, Path work) throws IOException {
        if (os == Os.LINUX && !onPath("fakeroot")) {
            fail("the .deb needs fakeroot (Debian/Ubuntu: apt-get install fakeroot)");
        }
        deleteRecursively(dest);
        deleteRecursively(work);
        Path input = Files.createDirectories(work.resolve("input"));
        Files.copy(jar, input.resolve(jar.getFileName()));
        Path resources = stageResources(os, version, work.resolve("resources"));

        String modules = runtimeModules(jar);
        Path runtime = work.resolve("runtime");
        List<String> jlink = new ArrayList<>(List.of("--add-modules", modules, "--output", runtime.toString()));
        jlink.addAll(argFile(PACKAGING.resolve("jlink.args")));
        run("jlink", jlink);

        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", os.appName,
                "--app-version", bundleVersion(os, version), "--input", input.toString(),
                "--main-jar", jar.getFileName().toString(), "--runtime-image", runtime.toString(),
                "--icon", resources.resolve(os.appName + "." + os.iconExt).toString(),
                "--add-launcher", "dsstudio=" + PACKAGING.resolve("dsstudio.properties"),
                "--resource-dir", resources.toString(), "--dest", dest.toString()));
        image.addAll(argFile(PACKAGING.resolve("app-image.args")));
        image.addAll(argFile(PACKAGING.resolve(os.dir).resolve("app-image.args")));
        run("jpackage", image);

        Path appImage = dest.resolve(os == Os.MACOS ? os.appName + ".app" : os.appName);
        new AppCds(os, appImage, jar.getFileName().toString(), work.resolve("cds")).build();
        for (String type : installerTypes(os)) {
            List<String> pkg = new ArrayList<>(List.of("--type", type, "--name", os.appName,
                    "--app-version", bundleVersion(os, version), "--app-image", appImage.toString(),
                    "--resource-dir", resources.toString(), "--dest", dest.toString()));
            pkg.addAll(argFile(PACKAGING.resolve("package.args")));
            pkg.addAll(argFile(PACKAGING.resolve(os.dir).resolve("package.args")));
            pkg.addAll(argFile(PACKAGING.resolve(os.dir).resolve(type + ".args")));
            run("jpackage", pkg);
        }
        renameInstallers(os, version, dest);
        try (Stream<Path> files = Files.list(dest)) {
            files.sorted().forEach(f -> System.out.println("[packager] built " + f));
        }
    }

    /**
     * The AppCDS archive the app's launcher names in its java-options ({@code -XX:SharedArchiveFile=$APPDIR/dsstudio.jsa}):
     * the classes a start-up loads, already parsed and verified. A training run of the app image's own runtime (an
     * archive maps only into the JVM that wrote it) lists the classes of a CLI command and, where there is a display
     * or xvfb-run, of the window's first frame and of each view shown in turn ({@code --smoke --demo} with
     * {@code -Ddsstudio.smoke=views}); a static dump then writes the archive next to
     * the jar, with the list beside it. JDK 17 maps the archive only while the jar is at the path it was dumped with:
     * elsewhere (an installed .deb, whose postinst dumps again from the list) the JVM starts without it, silently.
     */
    private static final class AppCds {
        static final String ARCHIVE = "dsstudio.jsa";
        static final String CLASS_LIST = "dsstudio.classlist";
        private final Os os;
        private final Path appDir;
        private final Path javaBin;
        private final Path jar;
        private final Path work;

        AppCds(Os os, Path appImage, String jarName, Path work) {
            this.os = os;
            // absolute: the launchers name the jar by its absolute path, and the archive maps only for the same path
            Path root = (os == Os.MACOS ? appImage.resolve("Contents") : appImage).toAbsolutePath();
            this.appDir = os == Os.LINUX ? root.resolve("lib/app") : root.resolve("app");
            Path runtime = os == Os.LINUX ? root.resolve("lib/runtime") : os == Os.MACOS ? root.resolve("runtime/Contents/Home") : root.resolve("runtime");
            this.javaBin = runtime.resolve("bin").resolve(os == Os.WINDOWS ? "java.exe" : "java");
            this.jar = appDir.resolve(jarName);
            this.work = work;
        }

        void build() throws IOException {
            long start = System.nanoTime();
            Files.createDirectories(work);
            Path demo = work.resolve("demo.yaml");
            Path appList = work.resolve("app.classlist");
            train(List.of(), List.of("-Ddsstudio.mode=cli"), List.of("generate", "--demo", "--out", demo.toString()), null);
            // the dsstudio launcher maps the archive too: each command a user runs on a snapshot lists its own classes
            List<Path> cliLists = new ArrayList<>();
            for (List<String> command : cliTraining(demo.toString())) {
                Path list = work.resolve("cli-" + cliLists.size() + ".classlist");
                if (!train(List.of(), List.of("-Ddsstudio.mode=cli"), command, list)) {
                    System.out.println("[packager] AppCDS: the CLI training run " + command + " failed: no archive");
                    return;
                }
                cliLists.add(list);
            }
            List<String> display = displayPrefix();
            // the first frame, then every view in turn: views not shown first are built when first shown, later
            boolean window = display != null && train(display, List.of("-Ddsstudio.smoke=views"), List.of("--smoke", "--demo"), appList);
            if (display == null) {
                System.out.println("[packager] WARNING AppCDS: no display and no xvfb-run: the archive holds the CLI's classes"
                        + " only, and the app launches slower");
            } else if (!window) {
                // seen where JavaFX could not open a window (no libgtk-3-0): the image still works, its first frame is later
                System.out.println("[packager] WARNING AppCDS: the app's training run failed (" + work.resolve("training.log")
                        + "; is GTK 3 installed?): the archive holds the CLI's classes only, and the app launches slower");
            }
            LinkedHashSet<String> classes = new LinkedHashSet<>();
            List<Path> lists = new ArrayList<>(window ? List.of(appList) : List.of());
            lists.addAll(cliLists);
            for (Path list : lists) {
                Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).forEach(classes::add);
            }
            Path merged = appDir.resolve(CLASS_LIST);
            Files.write(merged, classes, StandardCharsets.UTF_8);
            int code = exec(List.of(), List.of(javaBin.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + merged,
                    "-XX:SharedArchiveFile=" + appDir.resolve(ARCHIVE), "-cp", jar.toString()), work.resolve("dump.log"));
            if (code != 0) {
                fail("the AppCDS dump failed with exit code " + code + ": see " + work.resolve("dump.log"));
            }
            System.out.printf("[packager] AppCDS: %d classes in %s (%d KB) in %.1f s%n", classes.size(), appDir.resolve(ARCHIVE),
                    Files.size(appDir.resolve(ARCHIVE)) / 1024, (System.nanoTime() - start) / 1e9);
        }

        /**
         * The CLI commands whose classes the archive holds: those a user runs on a large snapshot (issue 14), on the
         * bundled demo snapshot ({@code ip-10-0-1-21.ec2.internal} is its first node).
         */
        static List<List<String>> cliTraining(String snapshot) {
            return List.of(List.of("plan", snapshot), List.of("plan", "-o", "json", snapshot),
                    List.of("plan", "-o", "table", snapshot), List.of("validate", snapshot),
                    List.of("explain", "kube-system/kube-proxy", "ip-10-0-1-21.ec2.internal", snapshot));
        }

        /** How to run the window: as is where a display exists, under xvfb-run on a headless Linux; null when neither. */
        private List<String> displayPrefix() {
            if (os != Os.LINUX || System.getenv("DISPLAY") != null) {
                return List.of();
            }
            return onPath("xvfb-run") ? List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24") : null;
        }

        private boolean train(List<String> prefix, List<String> jvm, List<String> args, Path classList) throws IOException {
            List<String> command = new ArrayList<>(List.of(javaBin.toString(), "-Xshare:off"));
            if (classList != null) {
                command.add("-XX:DumpLoadedClassList=" + classList);
            }
            command.addAll(jvm);
            command.addAll(List.of("-cp", jar.toString(), "io.dsstudio.app.Launcher"));
            command.addAll(args);
            return exec(prefix, command, work.resolve("training.log")) == 0;
        }

        private int exec(List<String> prefix, List<String> command, Path log) throws IOException {
            List<String> all = new ArrayList<>(prefix);
            all.addAll(command);
            System.out.println("[packager] " + String.join(" ", all));
            ProcessBuilder builder = new ProcessBuilder(all).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("DSSTUDIO_HOME", work.resolve("home").toString());
            try {
                Process process = builder.start();
                if (!process.waitFor(300, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return -1;
                }
                return process.exitValue();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    /** macOS's CFBundleVersion must start with a number of 1 or more; 0.x.y becomes 1.x.y there only. */
    private static String bundleVersion(Os os, String version) {
        return os == Os.MACOS && version.startsWith("0.") ? "1" + version.substring(1) : version;
    }

    /** Linux always builds the .deb, and the .rpm where rpmbuild is installed. */
    private static List<String> installerTypes(Os os) {
        switch (os) {
            case WINDOWS: return List.of("msi");
            case MACOS: return List.of("dmg");
            default:
                if (onPath("rpmbuild")) {
                    return List.of("deb", "rpm");
                }
                System.out.println("[packager] rpmbuild not found (Debian/Ubuntu: apt-get install rpm): skipping the .rpm");
                return List.of("deb");
        }
    }

    /** The union of what jdeps finds in the fat jar and the modules it cannot see (runtime-modules.txt). */
    private String runtimeModules(Path jar) throws IOException {
        String found = run("jdeps", List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", jar.toString())).trim();
        TreeSet<String> modules = new TreeSet<>(List.of(found.split(",")));
        for (String line : Files.readAllLines(PACKAGING.resolve("runtime-modules.txt"))) {
            String module = line.replaceFirst("#.*", "").trim();
            if (!module.isEmpty()) {
                modules.add(module);
            }
        }
        System.out.println("[packager] runtime modules: " + String.join(",", modules));
        return String.join(",", modules);
    }

    /**
     * Copies packaging/&lt;os&gt;/resources and the icon (named for both launchers, as jpackage looks it up)
     * into one resource dir. On macOS the Info.plist shows the real version: CFBundleVersion may differ.
     */
    private static Path stageResources(Os os, String version, Path staged) throws IOException {
        Files.createDirectories(staged);
        Path source = PACKAGING.resolve(os.dir).resolve("resources");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("@PROJECT_VERSION@", version);
                Files.writeString(staged.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        Path icon = ASSETS.resolve("daemonset-studio." + os.iconExt);
        for (String launcher : List.of(os.appName, "dsstudio")) {
            Files.copy(icon, staged.resolve(launcher + "." + os.iconExt), StandardCopyOption.REPLACE_EXISTING);
        }
        return staged;
    }

    /** Release assets get names without spaces: daemonset-studio-1.2.0.msi, daemonset-studio-1.2.0.dmg. */
    private static void renameInstallers(Os os, String version, Path dest) throws IOException {
        if (os == Os.LINUX) {
            return;
        }
        String ext = os == Os.WINDOWS ? ".msi" : ".dmg";
        try (Stream<Path> files = Files.list(dest)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(ext))::iterator) {
                Files.move(file, dest.resolve("daemonset-studio-" + version + ext), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Reads a jpackage-style argument file: whitespace-separated, "double quotes" group, # starts a comment. */
    static List<String> argFile(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        if (!Files.exists(file)) {
            return args;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            StringBuilder token = new StringBuilder();
            boolean quoted = false;
            boolean inToken = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    inToken = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (inToken) {
                        args.add(token.toString());
                        token.setLength(0);
                        inToken = false;
                    }
                } else {
                    token.append(c);
                    inToken = true;
                }
            }
            if (inToken) {
                args.add(token.toString());
            }
        }
        return args;
    }

    /** Runs a JDK tool in this JVM (the JDK running Maven) and returns its standard output. */
    private static String run(String tool, List<String> args) {
        System.out.println("[packager] " + tool + " " + String.join(" ", args));
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is missing: a full JDK 17 is needed"));
        var out = new java.io.StringWriter();
        long start = System.nanoTime();
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (!tool.equals("jdeps")) {
            System.out.print(out);
        }
        if (code != 0) {
            fail(tool + " failed with exit code " + code + (tool.equals("jdeps") ? ": " + out : ""));
        }
        System.out.printf("[packager] %s done in %.1f s%n", tool, (System.nanoTime() - start) / 1e9);
        return out.toString();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("usage: java packaging/Packager.java --project-version V --jar JAR --dest DIR [--work DIR]");
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            fail("missing option " + name);
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("[packager] error: " + message);
        System.exit(1);
    }
}
