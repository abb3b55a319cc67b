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
import org.kidalkg.vocab.Graphs;
import org.kidalkg.source.QuadSink;

/**
 * Validates and reasons an import in chunks of rows, so a file of any size is checked as a source loaded whole
 * would be, in bounded memory. A chunk is held back until it has passed: the SHACL shapes run on the chunk's
 * quads together with the shared entities they mention (places with their regions, actors, outlets, the
 * file), and the rules run on the same, their conclusions going into the rules' inferred graphs. A violation
 * throws {@link InvalidDataException} before the chunk reaches the store, so the load is abandoned whole.
 *
 * <p>Shared entities are kept for the whole import (they grow with places and actors, not rows). Conclusions
 * about them, and those the ontology alone yields (already in the store), are written once. Context quads
 * (what an earlier chunk's row said that a later row builds on, such as the open control period a transfer
 * succeeds) are shown to the next chunk's rules only, so a rule sees the succession across a chunk boundary;
 * what the context yields on its own was written with its own chunk and is not written again.
 */
public final class CheckedChunks implements QuadSink {
    /** Rows per chunk: about 300,000 quads of a typical export, a few seconds of checks. */
    public static final int DEFAULT_ROWS = 10_000;

    private final QuadSink downstream;
    private final ShaclCheck shapes;
    private final Graph ontology;
    private final Materializer rules;
    private final Located located;
    private final int rowsPerChunk;

    private final Graph entities = GraphFactory.createGraphMem();
    /** What the store serves already (the built-in graph), which rows refer to: checked with, never written. */
    private final Graph served = GraphFactory.createGraphMem();
    private final Set<Triple> writtenConclusions = new HashSet<>();
    private final Map<String, Long> inferred = new LinkedHashMap<>();
    private final List<Quad> held = new ArrayList<>();
    private final List<Quad> context = new ArrayList<>();
    private long rowsHeld;
    private long chunks;

    /** See {@link Pipeline#inChunks}; {@code shapes} is null when the chunks are not to be validated. */
    CheckedChunks(QuadSink downstream, ShaclCheck shapes, Graph ontology, Materializer rules, Path file, int rowsPerChunk,
            DatasetGraph served) {
        this.downstream = downstream;
        this.shapes = shapes;
        this.ontology = ontology;
        this.rules = rules;
        this.located = Located.inFile(file);
        this.rowsPerChunk = rowsPerChunk;
        rules.rules().forEach(rule -> inferred.put(rule.name(), 0L));
        // What the ontology entails on its own, and every inference of what is served already, is in the store.
        writtenConclusions.addAll(conclusions(GraphFactory.createGraphMem(), GraphFactory.createGraphMem()).stream().map(Quad::asTriple).toList());
        served.find().forEachRemaining(q -> {
            if (!Graphs.ONTOLOGY.equals(q.getGraph())) {
                this.served.add(q.asTriple()); // the ontology is checked with already
            }
            if (Graphs.isInferred(q.getGraph())) {
                writtenConclusions.add(q.asTriple());
            }
        });
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

    /** Shown to the next chunk's checks and rules, not passed on: it was passed on with its own chunk. */
    @Override
    public void context(Quad quad) {
        context.add(quad);
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
        // The rules also see the context (what earlier rows said that this chunk's rows build on); the shapes do
        // not: it was validated with its own chunk, and is given here only in part.
        // Context the chunk holds itself (the row it builds on is in this chunk) is no context.
        List<Triple> earlier = context.stream().map(Quad::asTriple).filter(t -> !data.contains(t)).toList();
        // Both read the chunk with the ontology: added once here rather than copied by each.
        ontology.find().forEachRemaining(data::add);
        // The shapes and the rules only read the chunk: on two cores they run side by side.
        CompletableFuture<List<Quad>> reasoned = CompletableFuture.supplyAsync(() -> newConclusions(data, earlier));
        List<Problem> violations = shapes == null ? List.of() : shapes.validateWithOntology(data, located);
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
        context.clear();
        rowsHeld = 0;
        chunks++;
    }

    /**
     * The conclusions from {@code data}, less those the context yields on its own: those were passed on with the
     * context's own chunk.
     */
    private List<Quad> newConclusions(Graph data, List<Triple> earlier) {
        Graph context = GraphFactory.createGraphMem();
        earlier.forEach(context::add);
        List<Quad> all = conclusions(data, context);
        if (earlier.isEmpty()) {
            return all;
        }
        addEntitiesMentioned(context);
        Set<Triple> known = new HashSet<>();
        conclusions(context, GraphFactory.createGraphMem()).forEach(q -> known.add(q.asTriple()));
        return all.stream().filter(q -> !known.contains(q.asTriple())).toList();
    }

    /** The rules' conclusions from {@code data} and {@code context} with the ontology, as quads in the rules' graphs. */
    private List<Quad> conclusions(Graph data, Graph context) {
        DatasetGraph staged = DatasetGraphFactory.create();
        staged.addGraph(Graphs.ONTOLOGY, ontology);
        staged.addGraph(Graphs.source("chunk"), data);
        staged.addGraph(Graphs.source("context"), context);
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
            served.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                found.add(t);
                todo.add(t.getObject());
            });
        }
        found.forEach(data::add);
    }
}
