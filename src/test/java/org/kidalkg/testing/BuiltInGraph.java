package org.kidalkg.testing;

import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

/** The built-in knowledge graph, built once per test JVM: building it is the slow part of every test. */
public final class BuiltInGraph {
    private static DatasetGraph store;
    private static QueryCatalogue queries;

    private BuiltInGraph() {}

    /** The in-memory store holding the built-in ontology, data and inferences. */
    public static synchronized DatasetGraph store() {
        if (store == null) {
            store = KnowledgeStore.inMemory(PrebuiltGraph.orBuild(Sources.builtIn(), line -> { }).dataset());
        }
        return store;
    }

    /** The built-in named queries. */
    public static synchronized QueryCatalogue queries() {
        if (queries == null) {
            queries = QueryCatalogue.read(SourceBundle.builtIn().queryFiles());
        }
        return queries;
    }
}
