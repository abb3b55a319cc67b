package org.kidalkg.http.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /.well-known/void}: the VoID and DCAT description of the served dataset, counted on request. */
final class VoidRoute extends RdfRoute {
    private final DatasetGraph store;
    private final String sparqlPath;

    VoidRoute(DatasetGraph store, String sparqlPath) {
        super("/.well-known/void", Syntax.rdf());
        this.store = store;
        this.sparqlPath = sparqlPath;
    }

    @Override
    Graph describe(HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return VoidDescription.of(store, base + sparqlPath);
    }
}
