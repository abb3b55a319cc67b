package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/** Ten runaway queries at once are cut by the timeout while the health check and cheap queries still answer. */
class ExpensiveQueryTest {
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String CHEAP = "SELECT ?label WHERE { <https://w3id.org/kidal-kg/id/Kidal> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?label }";

    @Test
    void tenCrossProductsAreCutWith503AndCheapRequestsStillAnswer() throws Exception {
        ServerConfig oneSecond = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(1));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try (RunningServer server = RunningServer.start(oneSecond, BuiltInGraph.store(), BuiltInGraph.queries())) {
            long start = System.nanoTime();
            List<Future<HttpResponse<String>>> runaways = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                // Each differs by a comment so no cache could answer one for another.
                String query = CROSS_PRODUCT + " # " + i;
                runaways.add(pool.submit(() -> server.sparql(query, null)));
            }
            Thread.sleep(300); // let them all start
            List<Long> cheapMillis = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                cheapMillis.add(timed(() -> assertEquals(200, server.get("/$/ping", null).statusCode())));
                cheapMillis.add(timed(() -> assertEquals(200, server.sparql(CHEAP, null).statusCode())));
            }
            for (Future<HttpResponse<String>> runaway : runaways) {
                HttpResponse<String> response = runaway.get(60, TimeUnit.SECONDS);
                assertEquals(503, response.statusCode(), response.body());
            }
            long allMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("[expensive] 10 cross products cut with 503 in " + allMillis + " ms; ping/cheap query "
                    + "during them: " + cheapMillis + " ms");
            for (long millis : cheapMillis) {
                assertTrue(millis < 2_000, "a cheap request took " + millis + " ms: " + cheapMillis);
            }
            assertTrue(allMillis < 30_000, "the runaways took " + allMillis + " ms to be cut");
            assertEquals(200, server.get("/$/ping", null).statusCode());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aQueryCutAfterItsRowsBeganEndsInABrokenResponseNeverAWellFormedOne() throws Exception {
        ServerConfig oneSecond = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(1));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // Millions of rows: the first is ready at once, the whole far past one second.
        String rows = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";
        try (RunningServer server = RunningServer.start(oneSecond, BuiltInGraph.store(), BuiltInGraph.queries())) {
            for (String accept : List.of("application/sparql-results+json", "text/csv", "text/tab-separated-values",
                    "application/sparql-results+xml")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/kidal/sparql?query="
                        + RunningServer.encode(rows))).header("Accept", accept).timeout(Duration.ofSeconds(60)).build();
                long start = System.nanoTime();
                String outcome;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    outcome = response.statusCode() + " " + response.body().length() + " chars";
                    assertEquals(503, response.statusCode(), accept + ": a complete response to a cut query: " + outcome);
                } catch (IOException broken) {
                    outcome = "broken: " + broken.getMessage();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.println("[expensive] cut while writing " + accept + ": " + outcome + " after " + millis + " ms");
                assertTrue(millis < 30_000, accept + " took " + millis + " ms against a 1 s timeout");
            }
            assertEquals(200, server.get("/$/ping", null).statusCode());
        }
    }

    @Test
    void runawayStringWorkIsCutOrRefusedNamingTheLimitAndNeverRunsOutOfMemory() {
        ServerConfig twoSeconds = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(2));
        String manyA = "a".repeat(40);
        String nested = "\"" + "a".repeat(8) + "\"";
        for (int i = 0; i < 12; i++) {
            nested = "REPLACE(" + nested + ", \"a\", \"aaaaaaaa\")";
        }
        StringBuilder doubling = new StringBuilder("SELECT ?x30 WHERE { BIND(\"abcdefghij\" AS ?x0) ");
        for (int i = 1; i <= 30; i++) {
            doubling.append("BIND(CONCAT(?x").append(i - 1).append(", ?x").append(i - 1).append(") AS ?x").append(i).append(") ");
        }
        Map<String, String> runaways = new LinkedHashMap<>();
        runaways.put("catastrophic REGEX", "SELECT ?x WHERE { BIND(REGEX(\"" + manyA + "\", \"(.*a){12}b\") AS ?x) }");
        runaways.put("catastrophic REGEX in a FILTER", "ASK { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), \"" + manyA
                + "\"), \"(.*a){14}b\")) }");
        runaways.put("catastrophic REPLACE", "SELECT ?x WHERE { BIND(REPLACE(\"" + manyA + "\", \"(.*a){12}b\", \"\") AS ?x) }");
        runaways.put("nested REPLACE", "SELECT ?x WHERE { BIND(" + nested + " AS ?x) }");
        runaways.put("doubling CONCAT", doubling + "}");
        runaways.put("CONSTRUCT of a cross product", "CONSTRUCT { ?a <urn:x:p> ?b } WHERE { ?a ?x ?y . ?b ?z ?w }");
        runaways.put("DESCRIBE of a cross product", "DESCRIBE ?a ?b WHERE { ?a ?x ?y . ?b ?z ?w }");
        try (RunningServer server = RunningServer.start(twoSeconds, BuiltInGraph.store(), BuiltInGraph.queries())) {
            for (Map.Entry<String, String> runaway : runaways.entrySet()) {
                long start = System.nanoTime();
                HttpResponse<String> response = server.post("/kidal/sparql", "application/sparql-query", runaway.getValue(), null);
                long millis = (System.nanoTime() - start) / 1_000_000;
                String body = response.body().substring(0, Math.min(200, response.body().length()));
                System.out.println("[expensive] " + runaway.getKey() + ": " + response.statusCode() + " after " + millis
                        + " ms: " + body.replaceAll("\\s+", " "));
                assertTrue(response.statusCode() == 503 || response.statusCode() == 400, runaway.getKey() + ": " + body);
                if (response.statusCode() == 400) {
                    assertTrue(body.contains("1048576 characters") || body.contains("100000 triples"), body);
                }
                assertTrue(millis < 30_000, runaway.getKey() + " took " + millis + " ms against a 2 s timeout");
            }
            // Bounded is not broken: Jena's semantics, flags, groups and language tags are kept.
            HttpResponse<String> ordinary = server.sparql("SELECT ?r ?m ?c WHERE { BIND(REPLACE(\"Kidal town\"@en, "
                    + "\"(k)(idal)\", \"$2-$1\", \"i\") AS ?r) BIND(REGEX(\"KIDAL\", \"^kid\", \"i\") AS ?m) "
                    + "BIND(CONCAT(\"a\", \"b\") AS ?c) }", "text/tab-separated-values");
            assertEquals("?r\t?m\t?c\n\"idal-K town\"@en\ttrue\t\"ab\"\n", ordinary.body());
            assertEquals(200, server.get("/$/ping", null).statusCode());
        }
    }

    private static long timed(Runnable request) throws Exception {
        long start = System.nanoTime();
        CompletableFuture.runAsync(request).get(10, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
