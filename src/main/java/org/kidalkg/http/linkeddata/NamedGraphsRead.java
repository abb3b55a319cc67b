package org.kidalkg.http.linkeddata;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Fuseki's Graph Store read ({@code /kidal/get}) with the whole-dataset answer (no {@code ?graph=}, no
 * {@code ?default}) giving each quad once: the served default graph holds every named graph's triples (so queries
 * see them without {@code GRAPH}), and Fuseki would write them twice, once there and once in their graph. That
 * answer leaves the default graph out; {@code ?default} still gets it, and {@code ?graph=G} one graph, as in Fuseki.
 */
final class NamedGraphsRead extends GSP_R {
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dataset = super.decideDataset(action);
        boolean wholeDataset = action.getRequestParameter(HttpNames.paramGraph) == null
                && action.getRequestParameter(HttpNames.paramGraphDefault) == null;
        return wholeDataset ? new NamedOnly(dataset) : dataset;
    }

    /** The dataset's named graphs, with an empty default graph. */
    private static final class NamedOnly extends DatasetGraphWrapper {
        NamedOnly(DatasetGraph dataset) {
            super(dataset);
        }

        @Override
        public Graph getDefaultGraph() {
            return Graph.emptyGraph;
        }

        @Override
        public Iterator<Quad> find() {
            return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public Iterator<Quad> find(Quad quad) {
            return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            if (g != null && Quad.isDefaultGraph(g)) {
                return Iter.nullIterator();
            }
            return findNG(g == null ? Node.ANY : g, s, p, o);
        }
    }
}
