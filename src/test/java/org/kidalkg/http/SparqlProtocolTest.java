package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** The SPARQL 1.1 Protocol at /kidal/sparql: reads in every format, never writes, refuses what it must. */
class SparqlProtocolTest {
    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX kkg: <https://w3id.org/kidal-kg/ontology#>
            PREFIX kid: <https://w3id.org/kidal-kg/id/>
            """;
    private static final String KIDAL_LABEL = PREFIXES + "SELECT ?label WHERE { kid:Kidal rdfs:label ?label FILTER(lang(?label) = \"en\") }";

    private static final RunningServer server = RunningServer.shared();

    @Test
    void getReturnsTheRowsAsJson() {
        HttpResponse<String> response = server.sparql(KIDAL_LABEL, "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals(List.of("Kidal"), Json.column(response.body(), "label"));
    }

    @Test
    void postWithFormAndWithQueryBodyReturnTheSameRows() {
        HttpResponse<String> form = server.post("/kidal/sparql", "application/x-www-form-urlencoded",
                "query=" + RunningServer.encode(KIDAL_LABEL), "application/sparql-results+json");
        HttpResponse<String> direct = server.post("/kidal/sparql", "application/sparql-query", KIDAL_LABEL,
                "application/sparql-results+json");
        assertEquals(List.of("Kidal"), Json.column(form.body(), "label"));
        assertEquals(List.of("Kidal"), Json.column(direct.body(), "label"));
    }

    @Test
    void csvAndXmlByAccept() {
        HttpResponse<String> csv = server.sparql(KIDAL_LABEL, "text/csv");
        assertEquals(200, csv.statusCode());
        assertEquals("label\r\nKidal\r\n", csv.body());
        HttpResponse<String> xml = server.sparql(KIDAL_LABEL, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<literal xml:lang=\"en\">Kidal</literal>"), xml.body());
        HttpResponse<String> tsv = server.sparql(KIDAL_LABEL, "text/tab-separated-values");
        assertEquals("?label\n\"Kidal\"@en\n", tsv.body());
    }

    @Test
    void defaultGraphIsTheUnionOfSourceOntologyAndInferredGraphs() {
        String ask = PREFIXES + """
                ASK {
                  kid:Kidal rdfs:label "Kidal"@en .             # source graph
                  kkg:Claim rdfs:label ?claimLabel .            # ontology graph
                  kid:Kidal kkg:country kid:Mali .              # inferred by place-country
                }""";
        assertTrue(Json.parse(server.sparql(ask, "application/sparql-results+json").body()).path("boolean").asBoolean());
    }

    @Test
    void graphStoreReadServesANamedGraph() {
        String graph = RunningServer.encode("https://w3id.org/kidal-kg/graph/source/france24-kidal-2023-11-14");
        HttpResponse<String> response = server.get("/kidal/get?graph=" + graph, "application/n-triples");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<https://w3id.org/kidal-kg/id/Kidal>"));
    }

    @Test
    void graphStoreReadOfTheDatasetGivesEachQuadOnce() {
        HttpResponse<String> response = server.get("/kidal/get", "application/n-quads");
        assertEquals(200, response.statusCode());
        long lines = response.body().lines().filter(l -> !l.isBlank()).count();
        var store = BuiltInGraph.store();
        long named = Txn.calculateRead(store, () -> Iter.count(store.findNG(null, null, null, null)));
        assertEquals(named, lines, "every quad of the named graphs once, the default graph (their union) not again");
        HttpResponse<String> union = server.get("/kidal/get?default", "application/n-triples");
        assertTrue(union.body().contains("<https://w3id.org/kidal-kg/id/Kidal>"), "?default still serves the default graph");
    }

    @Test
    void updatesAreRefusedEverywhereAndChangeNothing() {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        for (String path : List.of("/kidal/sparql", "/kidal", "/kidal/update", "/kidal/get", "/queries/who-controlled")) {
            int status = server.post(path, "application/sparql-update", update, null).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
            int form = server.post(path, "application/x-www-form-urlencoded", "update=" + RunningServer.encode(update), null).statusCode();
            assertTrue(form >= 400 && form < 500, path + " (form) answered " + form);
        }
        String ask = "ASK { <urn:x:s> <urn:x:p> <urn:x:o> }";
        assertFalse(Json.parse(server.sparql(ask, "application/sparql-results+json").body()).path("boolean").asBoolean());
    }

    @Test
    void malformedQueryIs400WithTheParserMessage() {
        HttpResponse<String> response = server.sparql("SELEC ?s WHERE { ?s ?p ?o }", null);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("line 1, column"), response.body());
    }

    @Test
    void serviceIsRefusedWith400() {
        HttpResponse<String> response = server.sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", null);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("SERVICE is disabled"), response.body());
        assertTrue(response.body().contains("start the server with --allow-service"), response.body());
        HttpResponse<String> silent = server.sparql("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", null);
        assertEquals(400, silent.statusCode(), silent.body());
        assertTrue(silent.body().startsWith("SERVICE is disabled"), "not a parse error: " + silent.body());
    }

    @Test
    void expensiveQueryIsCutByTheTimeout() {
        ServerConfig quick = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(1));
        try (RunningServer limited = RunningServer.start(quick, BuiltInGraph.store(), BuiltInGraph.queries())) {
            long start = System.nanoTime();
            HttpResponse<String> response = limited.sparql(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", null);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(seconds < 20, "took " + seconds + " s");
        }
    }

    @Test
    void pingAndMetricsAnswer() {
        assertEquals(200, server.get("/$/ping", null).statusCode());
        HttpResponse<String> metrics = server.get("/$/metrics", null);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm_"), "Prometheus metrics expected");
    }
}
