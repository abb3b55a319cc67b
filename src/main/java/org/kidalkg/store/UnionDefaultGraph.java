package org.kidalkg.store;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A read view of an in-memory dataset whose default graph is the union of its named graphs, as TDB2's
 * {@code unionDefaultGraph} setting gives for TDB2: every triple lives in a named graph (ontology, a
 * source, an inference rule) and a query with no {@code GRAPH} clause sees them all. It is marked a view
 * so that query execution does not unwrap it and bypass the union.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return get().getUnionGraph();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return Quad.isDefaultGraph(g) ? get().find(Quad.unionGraph, s, p, o) : get().find(g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return Quad.isDefaultGraph(g) ? get().contains(Quad.unionGraph, s, p, o) : get().contains(g, s, p, o);
    }
}
