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
 * once more than {@value #MAX_TRIPLES} triples have been added to them, duplicates included, since each add is
 * work done.
 */
final class TripleBudget {
    /** 100,000 triples: the built-in graph 30 times over; about 30 MB of heap for one result. */
    static final int MAX_TRIPLES = 100_000;

    private TripleBudget() {}

    /** A graph for a DESCRIBE result. */
    static Graph graph(String form) {
        Counter counter = new Counter(form);
        return new GraphWrapper(GraphFactory.createDefaultGraph()) {
            @Override
            public void add(Triple triple) {
                counter.add();
                super.add(triple);
            }
        };
    }

    /** A dataset for a CONSTRUCT result (which may construct quads). */
    static DatasetGraph dataset(String form) {
        Counter counter = new Counter(form);
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
        private long added;

        Counter(String form) {
            this.form = form;
        }

        void add() {
            if (++added > MAX_TRIPLES) {
                throw new RefusedQueryException("query too costly: the " + form + " result passed " + MAX_TRIPLES
                        + " triples, this endpoint's limit for a " + form + " (narrow its pattern or add a LIMIT)");
            }
        }
    }
}
