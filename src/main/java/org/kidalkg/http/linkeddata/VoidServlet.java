package org.kidalkg.http.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /.well-known/void}: the VoID and DCAT description of the served dataset, counted on request. */
final class VoidServlet extends RdfServlet {
    private final transient DatasetGraph store;
    private final String sparqlPath;

    VoidServlet(DatasetGraph store, String sparqlPath) {
        super(Syntax.rdf());
        this.store = store;
        this.sparqlPath = sparqlPath;
    }

    @Override
    Graph describe(HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return VoidDescription.of(store, base + sparqlPath);
    }
}
