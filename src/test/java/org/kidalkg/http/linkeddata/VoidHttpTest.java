package org.kidalkg.http.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/** /.well-known/void: the counts it gives are the store's. */
class VoidHttpTest {
    private static final String VOID = "http://rdfs.org/ns/void#";

    @Test
    void countsEqualTheStoresCounts() {
        Graph description;
        try (RunningServer server = RunningServer.builtIn()) {
            HttpResponse<String> response = server.get("/.well-known/void", null);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            description = LinkedDataHttpTest.parse(response.body(), Lang.TURTLE);
            assertTrue(description.contains(NodeFactory.createURI(VoidDescription.DATASET), uri(VOID + "sparqlEndpoint"),
                    NodeFactory.createURI(server.base() + "/kidal/sparql")));
        }
        DatasetGraph store = BuiltInGraph.store();
        Txn.executeRead(store, () -> {
            int graphs = 0;
            for (Iterator<Node> it = store.listGraphNodes(); it.hasNext(); graphs++) {
                Node graph = it.next();
                assertEquals(Iter.count(store.find(graph, Node.ANY, Node.ANY, Node.ANY)), triples(description, graph), graph.getURI());
            }
            assertTrue(graphs >= 3);
            Set<Triple> distinct = new HashSet<>();
            store.find().forEachRemaining(q -> distinct.add(q.asTriple()));
            assertEquals(distinct.size(), triples(description, uri(VoidDescription.DATASET)));
        });
        assertEquals(10, triples(description, uri(VoidDescription.DATASET + "/linkset/wikidata")));
        assertEquals(6, triples(description, uri(VoidDescription.DATASET + "/linkset/geonames")));
        assertTrue(description.contains(uri(VoidDescription.DATASET), uri(VOID + "vocabulary"), uri("https://schema.org/")));
        assertTrue(description.contains(uri(VoidDescription.DATASET), uri("http://purl.org/dc/terms/license"), Node.ANY));
    }

    private static long triples(Graph description, Node dataset) {
        var counts = description.find(dataset, uri(VOID + "triples"), Node.ANY).toList();
        assertEquals(1, counts.size(), "void:triples of " + dataset);
        return Long.parseLong(counts.get(0).getObject().getLiteralLexicalForm());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
