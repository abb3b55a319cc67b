package org.kidalkg.http.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.kidalkg.vocab.Graphs;

import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /ontology} answers for the ontology IRI and all its {@code #terms}: the whole ontology graph. */
final class OntologyRoute extends RdfRoute {
    private final DatasetGraph store;

    OntologyRoute(DatasetGraph store) {
        super("/ontology", Syntax.rdf());
        this.store = store;
    }

    @Override
    Graph describe(HttpServletRequest request) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(store, () -> store.find(Graphs.ONTOLOGY, null, null, null).forEachRemaining(q -> copy.add(q.asTriple())));
        return copy;
    }
}
