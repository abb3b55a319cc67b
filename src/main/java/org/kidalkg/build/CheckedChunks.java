package org.kidalkg.build;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kidalkg.reason.Materializer;
import org.kidalkg.source.InvalidDataException;
import org.kidalkg.source.Problem;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.importers.acled.AcledImporter;

/**
 * Validates and reasons an import in chunks of rows, so a file of any size is checked as a source loaded whole
 * would be, in bounded memory. A chunk is held back until it has passed: the SHACL shapes run on the chunk's
 * quads together with the shared entities they mention (places with their regions, actors, outlets, the
 * file), and the rules run on the same, their conclusions going into the rules' inferred graphs. A violation
 * throws {@link InvalidDataException} before the chunk reaches the store, so the load is abandoned whole.
 *
 * <p>Shared entities are kept for the whole import (they grow with places and actors, not rows). Conclusions
 * about them, and those the ontology alone yields (already in the store), are written once.
 */
public final class CheckedChunks implements AcledImporter.Sink {
    /** Rows per chunk: about 300,000 quads of a typical export, a few seconds of checks. */
    public static final int DEFAULT_ROWS = 10_000;

    private final AcledImporter.Sink downstream;
    private final ShaclCheck shapes;
    private final Graph ontology;
    private final Materializer rules;
    private final Path file;
    private final int rowsPerChunk;

    private final Graph entities = GraphFactory.createGraphMem();
    private final Set<Triple> writtenConclusions = new HashSet<>();
    private final Map<String, Long> inferred = new LinkedHashMap<>();
    private final List<Quad> held = new ArrayList<>();
    private long rowsHeld;
    private long chunks;

    public CheckedChunks(AcledImporter.Sink downstream, ShaclCheck shapes, Graph ontology, Materializer rules, Path file, int rowsPerChunk) {
        this.downstream = downstream;
        this.shapes = shapes;
        this.ontology = ontology;
        this.rules = rules;
        this.file = file;
        this.rowsPerChunk = rowsPerChunk;
        rules.rules().forEach(rule -> inferred.put(rule.name(), 0L));
        // What the ontology entails on its own is in the store already (the built-in graph's inferences).
        writtenConclusions.addAll(conclusions(GraphFactory.createGraphMem()).stream().map(Quad::asTriple).toList());
    }

    /** Checks with {@code bundle}'s shapes and rules, {@code ontology} being its ontology files read. */
    public static CheckedChunks forBundle(AcledImporter.Sink downstream, SourceBundle bundle, Graph ontology, Path file, int rowsPerChunk) {
        return new CheckedChunks(downstream, ShaclCheck.of(bundle.shapeFiles()), ontology, Materializer.fromFiles(bundle.ruleFiles()),
                file, rowsPerChunk);
    }

    @Override
    public void quad(Quad quad) {
        held.add(quad);
    }

    @Override
    public void entity(Quad quad) {
        entities.add(quad.asTriple());
        held.add(quad);
    }

    @Override
    public void endOfRow() {
        if (++rowsHeld >= rowsPerChunk) {
            flush();
        }
    }

    /** Checks and passes on what is still held: the importer calls it once it has given every quad. */
    @Override
    public void endOfFile() {
        flush();
    }

    /** Chunks checked so far. */
    public long chunks() { return chunks; }

    /** Triples each rule added, over all chunks. */
    public Map<String, Long> inferred() { return inferred; }

    private void flush() {
        if (held.isEmpty()) {
            return;
        }
        Graph data = GraphFactory.createGraphMem();
        held.forEach(q -> data.add(q.asTriple()));
        addEntitiesMentioned(data);
        // The shapes and the rules only read the chunk: on two cores they run side by side.
        CompletableFuture<List<Quad>> reasoned = CompletableFuture.supplyAsync(() -> conclusions(data));
        List<Problem> violations = shapes.validate(data, ontology, file).stream()
                .filter(p -> p.severity() == Problem.Severity.VIOLATION).toList();
        List<Quad> conclusions = reasoned.join();
        if (!violations.isEmpty()) {
            throw new InvalidDataException(violations);
        }
        held.forEach(downstream::quad);
        for (Quad q : conclusions) {
            if (writtenConclusions.contains(q.asTriple())) {
                continue;
            }
            if (entities.contains(q.getSubject(), Node.ANY, Node.ANY)) {
                writtenConclusions.add(q.asTriple()); // about a shared entity: would be concluded again in later chunks
            }
            downstream.quad(q);
            inferred.merge(Graphs.ruleOf(q.getGraph()), 1L, Long::sum);
        }
        held.clear();
        rowsHeld = 0;
        chunks++;
    }

    /** The rules' conclusions from {@code data} with the ontology, as quads in the rules' graphs. */
    private List<Quad> conclusions(Graph data) {
        DatasetGraph staged = DatasetGraphFactory.create();
        staged.addGraph(Graphs.ONTOLOGY, ontology);
        staged.addGraph(Graphs.source("chunk"), data);
        rules.materialize(staged);
        List<Quad> out = new ArrayList<>();
        staged.find().forEachRemaining(q -> {
            if (Graphs.isInferred(q.getGraph())) {
                out.add(q);
            }
        });
        return out;
    }

    /** Adds the shared entities the chunk refers to, and what they refer to in turn (a place's regions). */
    private void addEntitiesMentioned(Graph data) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        data.find().forEachRemaining(t -> {
            todo.add(t.getSubject());
            todo.add(t.getObject());
        });
        List<Triple> found = new ArrayList<>();
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            if (!node.isURI() || !seen.add(node)) {
                continue;
            }
            entities.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                found.add(t);
                todo.add(t.getObject());
            });
        }
        found.forEach(data::add);
    }
}
