package org.kidalkg.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.kidalkg.source.RdfFiles;
import org.kidalkg.source.Sources;
import org.kidalkg.vocab.Graphs;

/**
 * The read stage of the {@link Pipeline}: every source's quads, each under the file it came from (so a problem
 * can be located), and where the source texts its evidence cites are found.
 */
public record Inputs(Map<Path, DatasetGraph> files, Function<String, Path> texts) {

    public Inputs {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * Parses every data file of {@code sources}, strictly: a syntax error is a {@code LoadException} naming the
     * file and line. Triples in a file's default graph go to the file's source graph ({@code kgr:source/<name>}).
     */
    public static Inputs read(Sources sources) {
        Map<Path, DatasetGraph> files = new LinkedHashMap<>();
        for (Path file : sources.dataFiles()) {
            DatasetGraph quads = DatasetGraphFactory.create();
            RdfFiles.readInto(file, quads, Graphs.source(baseName(file)));
            files.put(file, quads);
        }
        return new Inputs(files, sources::textFile);
    }

    /**
     * These inputs and one more source not yet written to a file (an article being ingested), located in
     * {@code file}, whose texts are looked up with {@code texts} first.
     */
    public Inputs plus(Path file, DatasetGraph quads, Function<String, Path> moreTexts) {
        Map<Path, DatasetGraph> all = new LinkedHashMap<>(files);
        all.put(file, quads);
        Function<String, Path> previous = texts;
        return new Inputs(all, name -> {
            Path found = moreTexts.apply(name);
            return found != null && java.nio.file.Files.exists(found) ? found : previous.apply(name);
        });
    }

    /** Every input quad in one dataset: what the pipeline validates and reasons over. */
    DatasetGraph merged() {
        DatasetGraph all = DatasetGraphFactory.create();
        files.values().forEach(ds -> ds.find().forEachRemaining(all::add));
        return all;
    }

    /** Where each node is described (as a subject) and where it is mentioned, the latest file winning. */
    Located locations() {
        Map<Node, Path> subjectIn = new HashMap<>();
        Map<Node, Path> mentionedIn = new HashMap<>();
        files.forEach((file, ds) -> ds.find().forEachRemaining(q -> {
            subjectIn.put(q.getSubject(), file);
            mentionedIn.put(q.getObject(), file);
        }));
        return Located.inFiles(subjectIn, mentionedIn);
    }

    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }
}
