package org.kidalkg.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a knowledge graph is built from, laid out as in the repository:
 * {@code ontology/} (with {@code shapes/} and {@code rules/}), {@code data/} and {@code queries/}.
 *
 * <p>The built-in bundle is the copy packed into the jar, so {@code serve} needs no files on disk.
 */
public final class SourceBundle {
    /** Where Maven packs the repository's folders inside the jar. */
    static final String CLASSPATH_ROOT = "kidal-kg";

    private final Path root;
    private final boolean builtIn;

    private SourceBundle(Path root, boolean builtIn) {
        this.root = root;
        this.builtIn = builtIn;
    }

    /** A bundle rooted at a folder holding {@code ontology/}, {@code data/} and {@code queries/}. */
    public static SourceBundle at(Path root) {
        if (!Files.isDirectory(root)) {
            throw new LoadException(root.toString(), 0, "not a directory");
        }
        return new SourceBundle(root, false);
    }

    /** The ontology, data and queries shipped with kidal-kg. */
    public static SourceBundle builtIn() {
        URL marker = SourceBundle.class.getClassLoader().getResource(CLASSPATH_ROOT + "/ontology");
        if (marker == null) {
            throw new IllegalStateException("built-in data missing from the classpath: was the project built with Maven?");
        }
        try {
            URI uri = marker.toURI();
            Path ontology = "jar".equals(uri.getScheme()) ? pathInJar(uri) : Path.of(uri);
            return new SourceBundle(ontology.getParent(), true);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path pathInJar(URI uri) {
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String spec = uri.getSchemeSpecificPart();
        return fs.getPath(spec.substring(spec.indexOf("!/") + 1));
    }

    public Path root() { return root; }

    /** For messages: "the built-in data" or the folder's path. */
    public String describe() { return builtIn ? "the built-in data" : root.toString(); }

    /** Ontology, alignment and concept-scheme files: every {@code ontology/*.ttl}. */
    public List<Path> ontologyFiles() { return list(root.resolve("ontology"), ".ttl"); }

    /** SHACL shapes: {@code ontology/shapes/*.ttl}. */
    public List<Path> shapeFiles() { return list(root.resolve("ontology/shapes"), ".ttl"); }

    /** Materialisation rules: {@code ontology/rules/*.rq}, run in file-name order. */
    public List<Path> ruleFiles() { return list(root.resolve("ontology/rules"), ".rq"); }

    /** Quality checks that must return no rows: {@code ontology/checks/*-violation.rq}. */
    public List<Path> checkFiles() { return list(root.resolve("ontology/checks"), "-violation.rq"); }

    /** Source encodings: {@code data/*.trig} and {@code data/*.ttl}, then the corpus's {@code data/sources/*.trig|*.ttl}. */
    public List<Path> dataFiles() {
        return Stream.of("data", "data/sources").map(root::resolve)
                .flatMap(dir -> Stream.concat(list(dir, ".trig").stream(), list(dir, ".ttl").stream()).sorted())
                .toList();
    }

    /** Named queries: {@code queries/*.rq}. */
    public List<Path> queryFiles() { return list(root.resolve("queries"), ".rq"); }

    /**
     * A source document's text, by the file name its encoding gives in {@code kkg:textFile}: in {@code data/},
     * else beside the corpus's encodings in {@code data/sources/}.
     */
    public Path dataFile(String name) {
        Path top = root.resolve("data").resolve(name);
        Path corpus = root.resolve("data/sources").resolve(name);
        return !Files.exists(top) && Files.exists(corpus) ? corpus : top;
    }

    /** Every regular file directly in {@code dir} whose name ends with {@code suffix}, sorted by name. */
    static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
