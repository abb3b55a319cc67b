package org.kidalkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kidalkg.reason.Materializer;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.KKG;
import org.kidalkg.source.InvalidDataException;
import org.kidalkg.source.LoadException;
import org.kidalkg.source.Problem;
import org.kidalkg.source.RdfFiles;
import org.kidalkg.source.Sources;

/**
 * Builds the whole knowledge graph in memory, off to the side: parse every file, validate every source
 * against the shapes and its evidence against its text, then materialise the rules. Nothing reaches a
 * store until all of this has passed, so a bad file leaves nothing half-loaded.
 */
public final class GraphBuilder {
    private final Sources sources;

    public GraphBuilder(Sources sources) {
        this.sources = sources;
    }

    /** The built dataset, with what validation warned about and what each rule inferred. */
    public record Built(DatasetGraph dataset, List<Problem> warnings, Map<String, Integer> inferred) {}

    /** Parses, validates and reasons; throws {@link LoadException} naming the file, line and problem. */
    public Built build() {
        return build(message -> { });
    }

    /**
     * As {@link #build()}, telling {@code progress} as each phase ends and how long it took. Reads the
     * {@link PrebuiltGraph} instead when the build saved one for these very inputs.
     */
    public Built build(Consumer<String> progress) {
        PhaseTimer timer = new PhaseTimer(progress);
        Optional<Built> prebuilt = PrebuiltGraph.lookup(sources);
        if (prebuilt.isPresent()) {
            timer.done("read the graph the build validated and reasoned (inputs unchanged since)");
            return prebuilt.get();
        }
        return buildFromFiles(timer);
    }

    /** Parses, validates and reasons from the files, never reading a {@link PrebuiltGraph}. */
    public Built buildFromFiles(Consumer<String> progress) {
        return buildFromFiles(new PhaseTimer(progress));
    }

    private Built buildFromFiles(PhaseTimer timer) {
        Graph ontology = readOntology();
        Map<Path, DatasetGraph> perFile = readData();
        timer.done("parsed " + (sources.bundle().ontologyFiles().size() + perFile.size()) + " files");
        List<Problem> problems = validate(ontology, perFile);
        timer.done("validated (SHACL shapes, evidence spans)");
        List<Problem> violations = problems.stream().filter(p -> p.severity() == Problem.Severity.VIOLATION).toList();
        if (!violations.isEmpty()) {
            throw new InvalidDataException(violations);
        }
        DatasetGraph staged = DatasetGraphFactory.create();
        staged.addGraph(Graphs.ONTOLOGY, ontology);
        perFile.values().forEach(ds -> ds.find().forEachRemaining(staged::add));
        Map<String, Integer> inferred = Materializer.fromFiles(sources.bundle().ruleFiles()).materialize(staged);
        timer.done("materialised " + inferred.values().stream().mapToInt(Integer::intValue).sum() + " inferred triples");
        List<Problem> warnings = problems.stream().filter(p -> p.severity() != Problem.Severity.VIOLATION).toList();
        return new Built(staged, warnings, inferred);
    }

    /** Validates without reasoning: every problem SHACL and the evidence check find, violations first. */
    public List<Problem> validateOnly() {
        return validate(readOntology(), readData());
    }

    private Graph readOntology() {
        Graph ontology = GraphFactory.createDefaultGraph();
        for (Path file : sources.bundle().ontologyFiles()) {
            RdfFiles.readGraph(file).find().forEachRemaining(ontology::add);
        }
        return ontology;
    }

    private Map<Path, DatasetGraph> readData() {
        Map<Path, DatasetGraph> perFile = new LinkedHashMap<>();
        for (Path file : sources.dataFiles()) {
            DatasetGraph ds = DatasetGraphFactory.create();
            RdfFiles.readInto(file, ds, Graphs.source(baseName(file)));
            perFile.put(file, ds);
        }
        return perFile;
    }

    private List<Problem> validate(Graph ontology, Map<Path, DatasetGraph> perFile) {
        ShaclCheck shacl = ShaclCheck.of(sources.bundle().shapeFiles());
        EvidenceCheck evidence = new EvidenceCheck(sources::textFile);
        Graph documents = documentsOf(perFile);
        List<Problem> violations = new ArrayList<>();
        List<Problem> others = new ArrayList<>();
        for (Map.Entry<Path, DatasetGraph> entry : perFile.entrySet()) {
            Graph data = entry.getValue().getUnionGraph();
            for (Problem p : shacl.validate(data, ontology, entry.getKey())) {
                (p.severity() == Problem.Severity.VIOLATION ? violations : others).add(p);
            }
            Graph withDocuments = GraphFactory.createDefaultGraph();
            data.find().forEachRemaining(withDocuments::add);
            documents.find().forEachRemaining(withDocuments::add);
            violations.addAll(evidence.check(withDocuments, entry.getKey()));
        }
        violations.addAll(others);
        return violations;
    }

    /** Source documents' text-file links, so evidence in one file can cite a document declared in another. */
    private static Graph documentsOf(Map<Path, DatasetGraph> perFile) {
        Graph documents = GraphFactory.createDefaultGraph();
        for (DatasetGraph ds : perFile.values()) {
            Iterator<Quad> links = ds.find(Node.ANY, Node.ANY, KKG.textFile, Node.ANY);
            links.forEachRemaining(q -> documents.add(q.asTriple()));
        }
        return documents;
    }

    /** Reports each phase with the milliseconds it took. */
    private static final class PhaseTimer {
        private final Consumer<String> progress;
        private long last = System.nanoTime();

        PhaseTimer(Consumer<String> progress) {
            this.progress = progress;
        }

        void done(String what) {
            long now = System.nanoTime();
            progress.accept(String.format("  %s (%d ms)", what, (now - last) / 1_000_000));
            last = now;
        }
    }

    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }
}
