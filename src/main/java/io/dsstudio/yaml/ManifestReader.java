package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.SourcePosition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads files and folders (recursively: .yaml, .yml, .json) of Kubernetes manifests into {@link KubeObject}s.
 * Bad documents become diagnostics with file, line and column; the good documents around them are still read.
 */
public final class ManifestReader {
    /** From this many objects in one document (a kind: List), its objects are mapped in parallel. */
    private static final int PARALLEL_ITEMS = 256;
    /** From this many characters, a YAML document laid out as kubectl writes a List is read item by item. */
    static final int LIST_BY_ITEMS_CHARS = 1 << 20;

    private final ReadLimits limits;
    private final DocumentParser parser;
    private final ListItemReads listItems;
    /** See {@link #LIST_BY_ITEMS_CHARS}; negative: never (tests compare the two reads). */
    private final int listByItemsChars;

    public ManifestReader() {
        this(ReadLimits.DEFAULT);
    }

    public ManifestReader(ReadLimits limits) {
        this(limits, LIST_BY_ITEMS_CHARS);
    }

    ManifestReader(ReadLimits limits, int listByItemsChars) {
        this.limits = limits;
        this.parser = new DocumentParser(limits);
        this.listItems = new ListItemReads(parser, limits);
        this.listByItemsChars = listByItemsChars;
    }

    public ReadResult read(List<String> paths) throws InputPathException {
        return read(paths, null).read();
    }

    /** What was read, and for each object what the mapper answered while the object's tree was at hand. */
    record MappedRead(ReadResult read, List<Object> mapped) {
    }

    /**
     * Reads the paths and, when {@code mapper} is given, maps each object as soon as its document is parsed and
     * then lets go of its tree ({@link KubeObject#detached()}), so a large snapshot's trees never all live at once.
     */
    MappedRead read(List<String> paths, Function<KubeObject, Object> mapper) throws InputPathException {
        return read(paths, null, mapper);
    }

    /** Text read where the path {@code -} stands, such as standard input, shown as {@code displayPath}. */
    record TextSource(String displayPath, String text) {
    }

    /**
     * {@link #read(List, Function)} in which the path {@code -} stands for {@code dash} (when given), read in its
     * place among the others and once however often it is named; a file named twice is still read once.
     */
    MappedRead read(List<String> paths, TextSource dash, Function<KubeObject, Object> mapper) throws InputPathException {
        return read(paths, dash, mapper, ReadProgress.NONE);
    }

    /** {@link #read(List, TextSource, Function)} telling {@code progress} how far each file's documents are read. */
    MappedRead read(List<String> paths, TextSource dash, Function<KubeObject, Object> mapper, ReadProgress progress)
            throws InputPathException {
        List<SourceFile> files = new ArrayList<>();
        List<KubeObject> objects = new ArrayList<>();
        List<Object> mapped = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        boolean dashRead = false;
        for (String given : paths) {
            if (dash != null && "-".equals(given)) {
                if (!dashRead) {
                    dashRead = true;
                    SourceFile source = new SourceFile(dash.displayPath(), Path.of(dash.displayPath()), dash.text());
                    files.add(source);
                    readFile(source, objects, mapped, diagnostics, mapper, progress);
                }
                continue;
            }
            for (Path file : expand(given)) {
                if (!seen.add(identity(file))) {
                    continue; // named twice (a folder and a file in it): read once
                }
                SourceFile source = readSource(displayPath(given, file), file, diagnostics);
                if (source != null) {
                    files.add(source);
                    readFile(source, objects, mapped, diagnostics, mapper, progress);
                }
            }
        }
        return new MappedRead(new ReadResult(files, objects, diagnostics), mapped);
    }

    /** Reads text that is not (yet) a file, such as the editor's buffer. */
    public ReadResult readText(String displayPath, String text) {
        return readText(displayPath, text, null).read();
    }

    /**
     * {@link #readText(String, String)} with every object letting go of its tree ({@link KubeObject#detached()}), for
     * checks of a whole large file that look at a few trees only: a file's trees take several times its text.
     */
    ReadResult readTextDetached(String displayPath, String text) {
        return readText(displayPath, text, object -> null).read();
    }

    /** {@link #readText(String, String)}, mapping each object as {@link #read(List, Function)} does. */
    MappedRead readText(String displayPath, String text, Function<KubeObject, Object> mapper) {
        List<KubeObject> objects = new ArrayList<>();
        List<Object> mapped = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceFile source = new SourceFile(displayPath, Path.of(displayPath), text);
        readFile(source, objects, mapped, diagnostics, mapper, ReadProgress.NONE);
        return new MappedRead(new ReadResult(List.of(source), objects, diagnostics), mapped);
    }

    /** The file itself, however it was named (relative, with {@code ..}, through a link). */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private List<Path> expand(String given) throws InputPathException {
        Path path = Path.of(given);
        if (!Files.exists(path)) {
            throw new InputPathException("no such file or directory: " + given);
        }
        if (!Files.isReadable(path)) {
            throw new InputPathException("cannot read " + given + ": permission denied");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(ManifestReader::isManifestName).sorted().toList();
        } catch (IOException e) {
            throw new InputPathException("cannot list " + given + ": " + IoReasons.of(e));
        } catch (RuntimeException e) {
            throw new InputPathException("cannot list " + given + ": " + IoReasons.of(e));
        }
    }

    private static boolean isManifestName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static String displayPath(String given, Path file) {
        Path root = Path.of(given);
        if (root.equals(file)) {
            return given;
        }
        return root.resolve(root.relativize(file)).toString();
    }

    /**
     * The file's text, or null (with a diagnostic) when it is not text. Its bytes are let go of on return, before
     * the text is parsed: for a large snapshot they are as large as the text.
     */
    private SourceFile readSource(String display, Path file, List<Diagnostic> diagnostics) throws InputPathException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputPathException("cannot read " + display + ": " + IoReasons.of(e));
        } catch (OutOfMemoryError e) {
            throw new InputPathException("cannot read " + display + ": too large to read into memory");
        }
        return decode(display, file, bytes, diagnostics);
    }

    private SourceFile decode(String display, Path file, byte[] bytes, List<Diagnostic> diagnostics) {
        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);
        if (decoded.problem() != null) {
            diagnostics.add(syntax("BinaryFile", decoded.problem(), display, 1, 1));
            return null;
        }
        String text = decoded.text();
        if (text.indexOf('\u0000') >= 0) {
            diagnostics.add(syntax("BinaryFile", "binary file: not YAML or JSON text", display, 1, 1));
            return null;
        }
        if (text.indexOf('\uFFFD') >= 0 && decoded.utf8WithoutBom() && !isStrictUtf8(bytes)) {
            diagnostics.add(syntax("BinaryFile", "not UTF-8 text (binary file?)", display, 1, 1));
            return null;
        }
        return new SourceFile(display, file, text);
    }

    /** The fast decoder replaces bad bytes with U+FFFD; only then is the slow strict check needed. */
    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private void readFile(SourceFile source, List<KubeObject> objects, List<Object> mapped, List<Diagnostic> diagnostics,
                          Function<KubeObject, Object> mapper, ReadProgress progress) {
        String text = source.text();
        if (text.isBlank()) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "EmptyFile", null, null, null,
                    "file contains no Kubernetes objects", new SourcePosition(source.displayPath(), 1, 1))
                    .withText("diag.EmptyFile"));
            return;
        }
        boolean json = looksLikeJson(source, text);
        // Documents are independent: read (and map) them in parallel as the splitter finds them, then gather them
        // in file order.
        PercentRead percent = new PercentRead(text.length(), progress);
        Function<DocumentSplitter.Chunk, ReadChunk> readOne = chunk -> {
            ReadChunk done = readChunk(source, chunk, json, mapper);
            percent.add(chunk.end() - chunk.offset());
            return done;
        };
        List<ReadChunk> read = json
                ? List.of(readOne.apply(new DocumentSplitter.Chunk(text, 0, text.length(), 1)))
                : SplitReads.read(text, readOne);
        percent.finish();
        int documentIndex = 0;
        for (ReadChunk chunk : read) {
            diagnostics.addAll(chunk.diagnostics());
            for (KubeObject object : chunk.objects()) {
                objects.add(object.atDocument(documentIndex + object.documentIndex()));
            }
            mapped.addAll(chunk.mapped());
            documentIndex += chunk.documents();
        }
    }

    /** Characters of one file read so far, told to a {@link ReadProgress} when a whole percent more is done. */
    private static final class PercentRead {
        private final long total;
        private final ReadProgress progress;
        private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();

        PercentRead(long total, ReadProgress progress) {
            this.total = Math.max(1, total);
            this.progress = progress;
            progress.read(0, this.total); // the text is read: from now on the bar can say how far
        }

        void add(long characters) {
            if (progress == ReadProgress.NONE) {
                return;
            }
            long now = done.addAndGet(characters);
            int percent = (int) Math.min(100, now * 100 / total);
            int before = told.get();
            if (percent > before && told.compareAndSet(before, percent)) {
                progress.read(now, total);
            }
        }

        /** All of it (the separators between documents belong to no document). */
        void finish() {
            if (progress != ReadProgress.NONE && told.getAndSet(100) < 100) {
                progress.read(total, total);
            }
        }
    }

    /** One document's objects (document indexes counted from the chunk's first), their mappings and diagnostics. */
    private record ReadChunk(List<KubeObject> objects, List<Object> mapped, List<Diagnostic> diagnostics, int documents) {
    }

    private ReadChunk readChunk(SourceFile source, DocumentSplitter.Chunk chunk, boolean json, Function<KubeObject, Object> mapper) {
        if (!json && listByItemsChars >= 0 && chunk.length() >= listByItemsChars && chunk.length() <= limits.maxDocumentChars()) {
            ListItemReads.Read items = listItems.read(source, chunk, mapper);
            if (items != null) {
                return new ReadChunk(items.objects(), items.mapped(), items.diagnostics(), 1);
            }
        }
        ParsedChunk parsed = parse(chunk, json);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (parsed.problem() != null) {
            SyntaxProblem problem = parsed.problem();
            String code = parsed.oversized() ? "OversizedDocument" : "SyntaxError";
            diagnostics.add(syntax(code, problem.getMessage(), source.displayPath(), problem.line(), problem.column()));
            return new ReadChunk(List.of(), List.of(), diagnostics, 1);
        }
        List<KubeObject> objects = new ArrayList<>();
        ObjectClassifier classifier = new ObjectClassifier(source, objects, diagnostics);
        DocumentRef.Window window = new DocumentRef.Window(parser, chunk.offset(), chunk.end(), chunk.line(), json);
        for (int r = 0; r < parsed.roots().size(); r++) {
            DocumentRef document = new DocumentRef(window, r);
            classifier.classify(parsed.roots().get(r), r, document);
        }
        if (mapper == null) {
            return new ReadChunk(objects, List.of(), diagnostics, parsed.roots().size());
        }
        // A large kind: List is one document: its items are independent, so they are mapped in parallel too.
        Object[] mapped = new Object[objects.size()];
        IntStream range = IntStream.range(0, objects.size());
        (objects.size() >= PARALLEL_ITEMS ? range.parallel() : range).forEach(i -> {
            mapped[i] = mapper.apply(objects.get(i));
            objects.set(i, objects.get(i).detached());
        });
        return new ReadChunk(objects, Arrays.asList(mapped), diagnostics, parsed.roots().size());
    }

    /** The roots of one document, or why it cannot be read. */
    private record ParsedChunk(List<YNode> roots, SyntaxProblem problem, boolean oversized) {
    }

    private ParsedChunk parse(DocumentSplitter.Chunk chunk, boolean json) {
        if (chunk.length() > limits.maxDocumentChars()) {
            return new ParsedChunk(List.of(), new SyntaxProblem("document is larger than "
                    + limits.maxDocumentChars() + " characters", chunk.line(), 1), true);
        }
        try {
            return new ParsedChunk(parser.parse(DocumentText.window(chunk.source(), chunk.offset(), chunk.end(), chunk.line(), !json), json), null, false);
        } catch (SyntaxProblem problem) {
            return new ParsedChunk(List.of(), problem, false);
        }
    }

    /**
     * Whether the text is JSON, told by its content as kubectl tells it (its first non-blank character is
     * {@code {}), whatever the file is named: YAML in a {@code .json} file is read as YAML.
     */
    static boolean looksLikeJson(SourceFile source, String text) {
        return isJsonText(text);
    }

    public static boolean isJsonText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    static Diagnostic syntax(String code, String message, String file, int line, int column) {
        return new Diagnostic(Severity.ERROR, code, null, null, ErrorType.SyntaxError, message,
                new SourcePosition(file, line, column));
    }
}
