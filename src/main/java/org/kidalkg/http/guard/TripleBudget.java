package org.kidalkg.http.guard;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * Where CONSTRUCT and DESCRIBE build their results: in memory, before the first byte is sent, so neither the
 * timeout's streaming cut nor the client's reading bounds them (a DESCRIBE of everything answered after 16 s
 * against a 2 s timeout and grew the heap by 1.6 GB). These graphs refuse the query (400, naming the limit)
 * once more than {@link ServerLimits#maxTriples()} triples have been added to them, duplicates included, since
 * each add is work done.
 */
final class TripleBudget {
    private TripleBudget() {}

    /** A graph for a DESCRIBE result of at most {@code max} triples. */
    static Graph graph(String form, int max) {
        Counter counter = new Counter(form, max);
        return new GraphWrapper(GraphFactory.createDefaultGraph()) {
            @Override
            public void add(Triple triple) {
                counter.add();
                super.add(triple);
            }
        };
    }

    /** A dataset for a CONSTRUCT result (which may construct quads) of at most {@code max} triples. */
    static DatasetGraph dataset(String form, int max) {
        Counter counter = new Counter(form, max);
        return new DatasetGraphWrapper(DatasetGraphFactory.create()) {
            @Override
            public void add(Quad quad) {
                counter.add();
                super.add(quad);
            }

            @Override
            public void add(Node g, Node s, Node p, Node o) {
                counter.add();
                super.add(g, s, p, o);
            }
        };
    }

    private static final class Counter {
        private final String form;
        private final int max;
        private long added;

        Counter(String form, int max) {
            this.form = form;
            this.max = max;
        }

        void add() {
            if (++added > max) {
                throw new RefusedQueryException("query too costly: the " + form + " result passed " + max
                        + " triples, this endpoint's limit for a " + form + " (narrow its pattern or add a LIMIT)");
            }
        }
    }
}
