package org.kidalkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.kidalkg.source.Sha256;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

/**
 * A built knowledge graph saved beside the bundle it was built from ({@code prebuilt/} under the bundle's
 * root), so a start on unchanged inputs reads it instead of parsing, validating and reasoning again.
 *
 * <p>The build writes it into the jar's copy of the built-in data. Read from a folder, it is used only when
 * the SHA-256 of every file under {@code ontology/} and {@code data/}, recorded when it was written, still
 * matches: the same inputs give the same validated, reasoned graph, so reading it is the same as rebuilding
 * it. Any other input (an edited file, {@code --source}, {@code --data}) is built from its files.
 */
public final class PrebuiltGraph {
    static final String FOLDER = "prebuilt";
    private static final String GRAPH_FILE = "graph.rt";
    private static final String MANIFEST_FILE = "manifest.properties";
    private static final String INPUTS_KEY = "inputs-sha256";
    private static final String RULES_KEY = "inferred";

    private PrebuiltGraph() {}

    /**
     * The cache in front of the {@link Pipeline}: the saved graph for {@code sources} when its inputs are
     * unchanged, otherwise what the pipeline builds from the files. {@code progress} hears which.
     */
    public static BuiltGraph orBuild(Sources sources, Consumer<String> progress) {
        long start = System.nanoTime();
        Optional<BuiltGraph> saved = lookup(sources);
        if (saved.isPresent()) {
            progress.accept(String.format("  read the graph the build validated and reasoned (inputs unchanged since) (%d ms)",
                    (System.nanoTime() - start) / 1_000_000));
            return saved.get();
        }
        return Pipeline.of(sources.bundle()).build(sources, progress);
    }

    /** The saved graph for {@code sources}, if there is one and its inputs have not changed since. */
    public static Optional<BuiltGraph> lookup(Sources sources) {
        Path folder = sources.bundle().root().resolve(FOLDER);
        if (!sources.extraDataDirs().isEmpty() || !Files.isRegularFile(folder.resolve(MANIFEST_FILE))) {
            return Optional.empty();
        }
        Properties manifest = readManifest(folder.resolve(MANIFEST_FILE));
        // Inside the jar, the graph and its inputs were packed by one build and cannot have drifted apart; in a
        // folder (the build's classes, during development) they can, so only there are the inputs hashed.
        boolean packed = "jar".equals(folder.getFileSystem().provider().getScheme());
        if (!packed && !inputsDigest(sources.bundle()).equals(manifest.getProperty(INPUTS_KEY))) {
            return Optional.empty();
        }
        DatasetGraph dataset = DatasetGraphFactory.create();
        try (InputStream in = Files.newInputStream(folder.resolve(GRAPH_FILE))) {
            RDFParser.source(in).lang(RDFLanguages.RDFTHRIFT).parse(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new BuiltGraph(dataset, List.of(), parseCounts(manifest.getProperty(RULES_KEY, ""))));
    }

    /**
     * Saves {@code built} for {@code bundle}. A graph with warnings is not saved: they are shown on every
     * start, which only a build from the files does.
     */
    public static boolean write(BuiltGraph built, SourceBundle bundle) {
        if (!built.warnings().isEmpty()) {
            return false;
        }
        Path folder = bundle.root().resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(folder.resolve(GRAPH_FILE))) {
                // Plain RDF Thrift keeps every literal's lexical form as written (the "values" variant would not).
                RDFDataMgr.write(out, built.dataset(), RDFFormat.RDF_THRIFT);
            }
            Properties manifest = new Properties();
            manifest.setProperty(INPUTS_KEY, inputsDigest(bundle));
            manifest.setProperty(RULES_KEY, formatCounts(built.inferred()));
            try (OutputStream out = Files.newOutputStream(folder.resolve(MANIFEST_FILE))) {
                manifest.store(out, "Written by kidal-kg's build; read by every start on unchanged inputs");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** SHA-256 over the relative path and bytes of every file under {@code ontology/} and {@code data/}. */
    static String inputsDigest(SourceBundle bundle) {
        MessageDigest sha256 = Sha256.newDigest();
        for (String top : List.of("ontology", "data")) {
            for (Path file : filesUnder(bundle.root().resolve(top))) {
                String name = bundle.root().relativize(file).toString().replace('\\', '/');
                sha256.update(name.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    sha256.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                    sha256.update((byte) 0);
                    sha256.update(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Sha256.hex(sha256.digest());
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties readManifest(Path file) {
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            manifest.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifest;
    }

    private static String formatCounts(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((rule, count) -> text.append(text.length() == 0 ? "" : ",").append(rule).append('=').append(count));
        return text.toString();
    }

    private static Map<String, Integer> parseCounts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                counts.put(entry.substring(0, eq), Integer.parseInt(entry.substring(eq + 1)));
            }
        }
        return counts;
    }
}
