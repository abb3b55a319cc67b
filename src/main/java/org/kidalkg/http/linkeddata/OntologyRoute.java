package org.kidalkg.http.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.KKG;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /ontology} answers for the ontology IRI and all its {@code #terms}, and {@code GET /ontology/...} for the
 * IRIs under it the ontology graph names (its version IRI, the alignment and the alignment's version): the whole
 * ontology graph, in any RDF syntax or as a page listing the classes and properties.
 */
final class OntologyRoute extends RdfRoute {
    private final DatasetGraph store;

    OntologyRoute(DatasetGraph store) {
        super("/ontology", Syntax.all());
        this.store = store;
    }

    @Override
    Graph describe(HttpServletRequest request) {
        Graph copy = GraphFactory.createDefaultGraph();
        Node iri = NodeFactory.createURI(iri(request));
        Txn.executeRead(store, () -> {
            boolean named = store.contains(Graphs.ONTOLOGY, iri, Node.ANY, Node.ANY) || store.contains(Graphs.ONTOLOGY, Node.ANY, Node.ANY, iri);
            if (named) {
                store.find(Graphs.ONTOLOGY, null, null, null).forEachRemaining(q -> copy.add(q.asTriple()));
            }
        });
        return copy;
    }

    @Override
    String canonical(HttpServletRequest request) {
        return iri(request);
    }

    @Override
    String html(HttpServletRequest request, Graph graph) {
        return OntologyPage.render(store, graph);
    }

    /** The IRI the request's path answers for: the ontology's, or one under it. */
    private static String iri(HttpServletRequest request) {
        String path = request.getPathInfo();
        return KKG.ONTOLOGY + (path == null || path.equals("/") ? "" : path);
    }
}
