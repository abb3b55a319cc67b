package org.kidalkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What a TDB2 store held when we last finished writing it, in {@code kidal-kg-store.tsv} inside the store: the quads
 * per graph, and the size of each of TDB2's data files. It is written last, after the data is committed, so a store
 * without one was never finished; a store whose graphs no longer hold these counts, or whose files are no longer of
 * these sizes (a truncated index or node table), was damaged or changed behind our back.
 */
record StoreManifest(Map<String, Long> quadsPerGraph, Map<String, Long> fileSizes) {
    static final String FILE = "kidal-kg-store.tsv";
    private static final String HEADER = "# kidal-kg store manifest, format 2: graph<TAB>quads<TAB>IRI, file<TAB>bytes<TAB>path;"
            + " written after every complete write, checked at every open";

    /** What {@code store} in {@code dir} holds: every quad read (which decodes each node it names), every file measured. */
    static StoreManifest of(Path dir, DatasetGraph store) {
        Map<String, Long> counts = new TreeMap<>();
        Txn.executeRead(store, () -> store.find().forEachRemaining(q -> counts.merge(q.getGraph().toString(), 1L, Long::sum)));
        return new StoreManifest(counts, sizes(dir));
    }

    /** The sizes of TDB2's data files in {@code dir} (not its journal or lock, which change as it is used). */
    static Map<String, Long> sizes(Path dir) {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("Data-") && DATA_FILE.matcher(name).find()) {
                    sizes.put(name, Files.size(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    private static final Pattern DATA_FILE = Pattern.compile("\\.(dat|idn|obj|bdf|bpt)$");

    /** Writes the manifest into {@code dir} whole or not at all (a temporary file moved into place). */
    void writeTo(Path dir) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        quadsPerGraph.forEach((graph, quads) -> text.append("graph\t").append(quads).append('\t').append(graph).append('\n'));
        fileSizes.forEach((file, bytes) -> text.append("file\t").append(bytes).append('\t').append(file).append('\n'));
        OutputFile.write(dir.resolve(FILE), true, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static StoreManifest readFrom(Path dir) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> sizes = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                (fields[0].equals("file") ? sizes : counts).put(fields[2], Long.parseLong(fields[1]));
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException(dir, "its manifest " + FILE + " cannot be read (" + e.getMessage() + "); " + StoreException.REBUILD);
        }
        return new StoreManifest(counts, sizes);
    }

    /** The first file of {@code dir} whose size differs from the manifest's, in words, or null when none does. */
    String fileDifference(Path dir) {
        Map<String, Long> found = sizes(dir);
        for (Map.Entry<String, Long> file : fileSizes.entrySet()) {
            Long there = found.get(file.getKey());
            if (!file.getValue().equals(there)) {
                return there == null ? "its file " + file.getKey() + " is missing"
                        : String.format("its file %s is %,d bytes where the manifest says %,d (truncated?)", file.getKey(), there, file.getValue());
            }
        }
        return null;
    }

    /** The first graph of {@code found} whose count differs from the manifest's, in words, or null when none does. */
    String graphDifference(StoreManifest found) {
        for (Map.Entry<String, Long> graph : quadsPerGraph.entrySet()) {
            long there = found.quadsPerGraph.getOrDefault(graph.getKey(), 0L);
            if (there != graph.getValue()) {
                return String.format("graph <%s> holds %,d quads where the manifest says %,d", graph.getKey(), there, graph.getValue());
            }
        }
        for (String graph : found.quadsPerGraph.keySet()) {
            if (!quadsPerGraph.containsKey(graph)) {
                return "graph <" + graph + "> is not in the manifest";
            }
        }
        return null;
    }
}
