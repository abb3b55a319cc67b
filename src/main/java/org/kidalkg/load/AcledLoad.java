package org.kidalkg.load;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.kidalkg.build.CheckedChunks;
import org.kidalkg.build.Pipeline;
import org.kidalkg.build.BuiltGraph;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.importers.acled.AcledImporter;
import org.kidalkg.source.Sources;
import org.kidalkg.store.KnowledgeStore;

/**
 * {@code import-acled --tdb2}: an ACLED file through the pipeline in chunks into a TDB2 store, the built-in
 * graph first when the store is new, so {@code serve --tdb2 DIR} reopens it as a complete knowledge graph.
 * All of it reaches the store or none: a violation in any chunk abandons the write.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(SourceBundle.builtIn());
 * BuiltGraph base = AcledLoad.builtIn(pipeline);
 * AcledLoad.Result r = new AcledLoad(pipeline, base, CheckedChunks.DEFAULT_ROWS, true).intoTdb2(Path.of("acled.csv"), Path.of("store"),
 *         (types, sink) -> new AcledImporter(types, KnownEntities.of(base.dataset()), sink, System.err::println, false)
 *                 .importFile(Path.of("acled.csv"), (rows, at, size) -> { }, 100_000), System.err::println);
 * }</pre>
 */
public final class AcledLoad {
    private final Pipeline pipeline;
    private final BuiltGraph base;
    private final int rowsPerChunk;
    private final boolean validate;

    /** What was imported, and what the rules concluded on the way. */
    public record Result(AcledImporter.Summary summary, long chunks, long inferred) {}

    /** How to map the file once the sink is known: the command's options (strictness, bad-row reports, progress). */
    public interface Mapping {
        AcledImporter.Summary run(Map<String, Node> eventTypes, org.kidalkg.source.QuadSink sink);
    }

    /**
     * @param base     the built-in graph, built: written first into a new store, and what the rows may refer to
     * @param validate false skips the shapes (a file already checked); the rules always run, answers need them
     */
    public AcledLoad(Pipeline pipeline, BuiltGraph base, int rowsPerChunk, boolean validate) {
        this.pipeline = pipeline;
        this.base = base;
        this.rowsPerChunk = rowsPerChunk;
        this.validate = validate;
    }

    /** The built-in graph of {@code pipeline}'s bundle, from the prebuilt cache when its inputs are unchanged. */
    public static BuiltGraph builtIn(Pipeline pipeline) {
        return PrebuiltGraph.orBuild(new Sources(pipeline.bundle(), java.util.List.of()), line -> { });
    }

    /** Imports {@code csv} into the TDB2 store in {@code dir}, mapped by {@code mapping}. */
    public Result intoTdb2(Path csv, Path dir, Mapping mapping, Consumer<String> progress) {
        boolean fresh = !KnowledgeStore.isLoaded(dir);
        Map<String, Node> eventTypes = AcledImporter.eventTypes(pipeline.ontology());
        return KnowledgeStore.write(dir, stream -> {
            if (fresh) {
                progress.accept("Building the built-in knowledge graph into " + dir);
                base.dataset().find().forEachRemaining(stream::quad);
            }
            CheckedChunks checked = pipeline.inChunks(stream::quad, csv, rowsPerChunk, validate, base.dataset());
            AcledImporter.Summary summary = mapping.run(eventTypes, checked);
            return new Result(summary, checked.chunks(), checked.inferred().values().stream().mapToLong(Long::longValue).sum());
        });
    }
}
