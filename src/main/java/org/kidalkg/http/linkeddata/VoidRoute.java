package org.kidalkg.http.linkeddata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /.well-known/void}: the VoID and DCAT description of the served dataset, counted once per endpoint
 * address (the store does not change while served): counting scans the whole store, and 16 requests at once
 * that each scanned it stopped {@code /$/ping} for 30 s. The few addresses a server is reached by are kept;
 * past them a description is counted again, one at a time.
 */
final class VoidRoute extends RdfRoute {
    /** Where the description is served (RFC 5785's well-known path for VoID). */
    static final String PATH = "/.well-known/void";

    private static final int ADDRESSES = 8;
    private final DatasetGraph store;
    private final String sparqlPath;
    private final Map<String, Graph> counted = new ConcurrentHashMap<>();

    VoidRoute(DatasetGraph store, String sparqlPath) {
        super(PATH, Syntax.rdf());
        this.store = store;
        this.sparqlPath = sparqlPath;
    }

    @Override
    Graph describe(HttpServletRequest request) {
        // A copy: the writer sets prefixes on the graph it writes.
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, counted(PublicUrl.of(request)));
        return copy;
    }

    private synchronized Graph counted(String publicBase) {
        Graph known = counted.get(publicBase);
        if (known != null) {
            return known;
        }
        Graph graph = VoidDescription.of(store, publicBase, sparqlPath);
        if (counted.size() < ADDRESSES) {
            counted.put(publicBase, graph);
        }
        return graph;
    }
}
