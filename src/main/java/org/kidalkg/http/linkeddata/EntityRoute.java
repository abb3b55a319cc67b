package org.kidalkg.http.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kidalkg.vocab.KKG;

import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /id/X} answers for {@code https://w3id.org/kidal-kg/id/X}: its description, in any offered syntax. */
final class EntityRoute extends RdfRoute {
    private final DatasetGraph store;

    EntityRoute(DatasetGraph store) {
        super("/id/{name}", Syntax.all());
        this.store = store;
    }

    @Override
    Graph describe(HttpServletRequest request) {
        String local = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (local.isEmpty() || local.contains("/")) {
            return GraphFactory.createDefaultGraph();
        }
        return EntityDescription.of(store, NodeFactory.createURI(KKG.ID + local));
    }

    @Override
    String html(HttpServletRequest request, Graph graph) {
        return HtmlPage.render(store, NodeFactory.createURI(KKG.ID + request.getPathInfo().substring(1)), graph);
    }
}
