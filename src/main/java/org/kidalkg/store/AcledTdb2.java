package org.kidalkg.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.kidalkg.build.GraphBuilder;

/**
 * Builds a TDB2 store from large imports with Jena's bulk loader (the phased loader: data then indexes,
 * two threads at most, which suits a small machine), instead of one long write transaction of
 * {@code add}s. The built-in graph (ontology, article, inferences) goes in first, built and validated as
 * {@code serve} builds it, so {@code serve --tdb2 DIR} reopens the store as a complete knowledge graph.
 */
public final class AcledTdb2 {
    private AcledTdb2() {}

    /**
     * Loads {@code base} (when the store is new) and whatever {@code load} streams into the store in {@code dir}.
     * Returns what {@code load} returned.
     */
    public static <T> T bulkLoad(Path dir, GraphBuilder base, Consumer<String> progress, Function<StreamRDF, T> load) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
        boolean fresh = !KnowledgeStore.isLoaded(store);
        DataLoader loader = LoaderFactory.phasedLoader(store, (fmt, args) -> { });
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            if (fresh) {
                progress.accept("Building the built-in knowledge graph into " + dir);
                base.build().dataset().find().forEachRemaining(stream::quad);
            }
            T result = load.apply(stream);
            stream.finish();
            loader.finishBulk();
            return result;
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }
}
