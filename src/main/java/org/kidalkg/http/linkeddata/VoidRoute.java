package org.kidalkg.http.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /.well-known/void}: the VoID and DCAT description of the served dataset, counted on request. */
final class VoidRoute extends RdfRoute {
    /** Where the description is served (RFC 5785's well-known path for VoID). */
    static final String PATH = "/.well-known/void";

    private final DatasetGraph store;
    private final String sparqlPath;

    VoidRoute(DatasetGraph store, String sparqlPath) {
        super(PATH, Syntax.rdf());
        this.store = store;
        this.sparqlPath = sparqlPath;
    }

    @Override
    Graph describe(HttpServletRequest request) {
        return VoidDescription.of(store, PublicUrl.of(request), sparqlPath);
    }
}
