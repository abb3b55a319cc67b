package org.kidalkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kidalkg.reason.Materializer;
import org.kidalkg.source.InvalidDataException;
import org.kidalkg.source.Problem;
import org.kidalkg.source.QuadSink;
import org.kidalkg.source.RdfFiles;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.vocab.Graphs;

/**
 * The one way data gets in: read, validate, reason, then hand over to whoever writes it. Validation runs over
 * the whole dataset as it will be served (a source may refer to what another states), with the ontology
 * alongside; nothing is handed over until it has passed, so a bad file leaves nothing half-loaded.
 *
 * <p>Whole ({@link #build(Sources, Consumer)}: the built-in data, {@code --data}, an ingest) or in chunks of an
 * import's rows ({@link #inChunks}: {@code import-acled --tdb2}, in bounded memory). Importers only produce
 * quads; the store package only writes them; the prebuilt graph is a cache in front of this class.
 *
 * <pre>{@code
 * BuiltGraph built = Pipeline.of(SourceBundle.builtIn()).build(Sources.builtIn(), System.err::println);
 * DatasetGraph store = KnowledgeStore.inMemory(built.dataset());
 * }</pre>
 */
public final class Pipeline {
    private final SourceBundle bundle;
    private final Graph ontology;
    private final ShaclCheck shapes;
    private final Materializer rules;

    private Pipeline(SourceBundle bundle, Graph ontology, ShaclCheck shapes, Materializer rules) {
        this.bundle = bundle;
        this.ontology = ontology;
        this.shapes = shapes;
        this.rules = rules;
    }

    /** The pipeline of {@code bundle}: its ontology (read once, here), shapes and rules. */
    public static Pipeline of(SourceBundle bundle) {
        return new Pipeline(bundle, readOntology(bundle), ShaclCheck.of(bundle.shapeFiles()), Materializer.fromFiles(bundle.ruleFiles()));
    }

    /** The ontology every stage reads: every {@code ontology/*.ttl} of the bundle, in one graph. */
    public Graph ontology() {
        return ontology;
    }

    public SourceBundle bundle() {
        return bundle;
    }

    /** Reads {@code sources}' data files, then builds them; {@code progress} hears each phase and its time. */
    public BuiltGraph build(Sources sources, Consumer<String> progress) {
        PhaseTimer timer = new PhaseTimer(progress);
        Inputs inputs = Inputs.read(sources);
        timer.done("parsed " + (bundle.ontologyFiles().size() + inputs.files().size()) + " files");
        return checkAndReason(inputs, timer);
    }

    /** Validates and reasons {@code inputs}; throws {@link InvalidDataException} listing every violation. */
    public BuiltGraph build(Inputs inputs, Consumer<String> progress) {
        return checkAndReason(inputs, new PhaseTimer(progress));
    }

    private BuiltGraph checkAndReason(Inputs inputs, PhaseTimer timer) {
        DatasetGraph staged = inputs.merged();
        List<Problem> problems = validate(staged, inputs);
        timer.done("validated (SHACL shapes, evidence spans)");
        List<Problem> violations = problems.stream().filter(Pipeline::isViolation).toList();
        if (!violations.isEmpty()) {
            throw new InvalidDataException(violations);
        }
        staged.addGraph(Graphs.ONTOLOGY, ontology);
        var inferred = rules.materialize(staged);
        timer.done("materialised " + inferred.values().stream().mapToInt(Integer::intValue).sum() + " inferred triples");
        return new BuiltGraph(staged, problems.stream().filter(p -> !isViolation(p)).toList(), inferred);
    }

    /** Every problem the shapes and the evidence check find in {@code inputs}, violations first, by file and line. */
    public List<Problem> validate(Inputs inputs) {
        return validate(inputs.merged(), inputs);
    }

    private List<Problem> validate(DatasetGraph merged, Inputs inputs) {
        Graph data = GraphFactory.createGraphMem();
        merged.find().forEachRemaining(q -> data.add(q.asTriple()));
        Located located = inputs.locations();
        List<Problem> problems = new ArrayList<>(shapes.validate(data, ontology, located));
        problems.addAll(new EvidenceCheck(inputs.texts()).check(data, located));
        List<String> order = inputs.files().keySet().stream().map(Path::toString).toList();
        problems.sort(Comparator.comparing((Problem p) -> !isViolation(p))
                .thenComparing(p -> order.indexOf(p.file()))
                .thenComparingLong(Problem::line));
        return problems;
    }

    /**
     * A sink that checks an import's quads in chunks of {@code rowsPerChunk} rows, as a whole build would
     * (with {@code validate} false, it only reasons), and passes each chunk on to {@code downstream} once it
     * has passed. {@code served} is what the store already holds (the built-in graph, built): the rows may
     * refer to its entities, and its inferences are not written again. Problems are located in {@code file}.
     */
    public CheckedChunks inChunks(QuadSink downstream, Path file, int rowsPerChunk, boolean validate, DatasetGraph served) {
        return new CheckedChunks(downstream, validate ? shapes.violationsOnly() : null, ontology, rules, file, rowsPerChunk, served);
    }

    private static boolean isViolation(Problem p) {
        return p.severity() == Problem.Severity.VIOLATION;
    }

    private static Graph readOntology(SourceBundle bundle) {
        Graph ontology = GraphFactory.createDefaultGraph();
        for (Path file : bundle.ontologyFiles()) {
            RdfFiles.readGraph(file).find().forEachRemaining(ontology::add);
        }
        return ontology;
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
}
