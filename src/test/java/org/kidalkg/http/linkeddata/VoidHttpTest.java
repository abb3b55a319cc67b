package org.kidalkg.http.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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

    @Test
    void theDataDumpIsGzippedNQuadsWithEachQuadOnce() throws Exception {
        RunningServer server = RunningServer.shared();
        Graph description = LinkedDataHttpTest.parse(server.get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        List<Triple> dumps = description.find(uri(VoidDescription.DATASET), uri(VOID + "dataDump"), Node.ANY).toList();
        assertEquals(1, dumps.size(), "one void:dataDump");
        String url = dumps.get(0).getObject().getURI();
        assertEquals(server.base() + "/dump/kidal-kg.nq.gz", url);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        String nquads = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(), StandardCharsets.UTF_8);
        long lines = nquads.lines().filter(l -> !l.isBlank()).count();
        DatasetGraph dump = DatasetGraphFactory.create();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dump);
        assertEquals(lines, Iter.count(dump.find()), "each quad once");
        DatasetGraph store = BuiltInGraph.store();
        Txn.executeRead(store, () -> assertEquals(Iter.count(store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)), lines,
                "every quad of every named graph"));
        assertTrue(dump.getDefaultGraph().isEmpty(), "the default graph is their union: not repeated");
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
