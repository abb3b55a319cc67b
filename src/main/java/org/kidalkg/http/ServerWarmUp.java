package org.kidalkg.http;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.kidalkg.query.QueryCatalogue;

/**
 * Readies the server's code on a spare core while the main thread reads the knowledge graph: builds (never
 * starts) a throwaway server over an empty store and runs one query on it, so Jetty's, Fuseki's and the
 * query engine's classes are loaded and initialised by the time the real server is built. Nothing it makes
 * is kept, and it binds no port.
 */
public final class ServerWarmUp {
    private ServerWarmUp() {}

    /**
     * Loads and initialises the server's classes. Call it only once Jena has initialised
     * ({@code JenaSystem.init()}): Jena's static initialisers must not run on two threads at once.
     */
    public static void run(ServerConfig config, QueryCatalogue queries) {
        DatasetGraph empty = DatasetGraphFactory.create();
        KidalServer.build(config.withPort(0), empty, queries, name -> null);
        queries.all().stream().findFirst().ifPresent(query -> {
            try (var rows = QueryExec.dataset(empty).query(query.query()).build()) {
                rows.select().materialize();
            } catch (RuntimeException e) {
                // Only warming up: the real server reports what is wrong with a query.
            }
        });
    }
}
