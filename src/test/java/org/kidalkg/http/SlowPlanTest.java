package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/**
 * A query whose plan takes long to build does not stop the timeout of the other queries: Jena fires every
 * query's timeout from one thread, whose callback waited for the slow query's plan to be built.
 */
class SlowPlanTest {
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response and how long it took to come. */
    private record Timed(HttpResponse<String> response, long millis) {}

    /**
     * Jena builds a MINUS's iterator by asking its right side for a first row, while it builds the plan: this
     * right side has none (the filter is never true) and reads every row of a 3-way cross product to find out.
     * Its iterators read the cancel signal, so it is cut as soon as the signal is set.
     */
    @Test
    void aRunawayIsCutWhileAMinusIsReadWhileThePlanIsBuilt() throws Exception {
        Timed slow = runawayIsCutWhile(2_500, "SELECT ?s WHERE { ?s ?p ?o MINUS { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                + "FILTER(STRLEN(CONCAT(STR(?a), STR(?d), STR(?g))) < 0) } }");
        assertEquals(503, slow.response().statusCode(), slow.response().body());
        assertTrue(slow.millis() < 10_000, "the MINUS was cut after " + slow.millis() + " ms, timeout 1 s");
    }

    /**
     * 1,600 chains of 16 nested NOT EXISTS (978 KB of text, within every limit): Jena's optimiser takes 15-33 s
     * over them (its constant folding), reading no row, so nothing can cut it before it ends; the other queries
     * are cut meanwhile. Parsing it takes under 3 s, so its timeout has fired 6 s after it was sent.
     */
    @Test
    void aRunawayIsCutWhileTheOptimiserWorksForSeconds() throws Exception {
        StringBuilder chains = new StringBuilder("SELECT * WHERE { ?s ?p ?o ");
        for (int chain = 0; chain < 1_600; chain++) {
            chains.append("FILTER NOT EXISTS { ?s <urn:x:p").append(chain).append("> ?o ")
                    .append("FILTER NOT EXISTS { ?s <urn:x:p> ?o ".repeat(15)).append("} ".repeat(16));
        }
        Timed slow = runawayIsCutWhile(6_000, chains.append("}").toString());
        assertEquals(503, slow.response().statusCode(), slow.response().body());
    }

    /**
     * Sends {@code slowPlan} to a server with a 1 s timeout, then, {@code millis} later (once its timeout has
     * fired), a runaway cross product, which must be cut within 5 s; the slow one's answer.
     */
    private static Timed runawayIsCutWhile(long millis, String slowPlan) throws Exception {
        ServerConfig oneSecond = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(1));
        try (RunningServer server = RunningServer.start(oneSecond, BuiltInGraph.store(), BuiltInGraph.queries())) {
            CompletableFuture<Timed> slow = query(server, slowPlan);
            Thread.sleep(millis);
            Timed runaway = within(query(server, CROSS_PRODUCT), 60, "the cross product");
            // The optimiser's 15-33 s (loaded machine) cannot be cut: only its answer is waited for.
            Timed slowAnswer = within(slow, 120, "the slow plan");
            System.out.println("[slow plan] cross product " + runaway.response().statusCode() + " after "
                    + runaway.millis() + " ms; the slow plan (" + slowPlan.length() + " characters) "
                    + slowAnswer.response().statusCode() + " after " + slowAnswer.millis() + " ms");
            assertEquals(503, runaway.response().statusCode(), runaway.response().body());
            assertTrue(runaway.millis() < 5_000, "the cross product was cut after " + runaway.millis() + " ms, timeout 1 s");
            assertEquals(200, server.get("/$/ping", null).statusCode());
            return slowAnswer;
        }
    }

    private static CompletableFuture<Timed> query(RunningServer server, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/kidal/sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(query))
                .timeout(Duration.ofSeconds(120)).build();
        long start = System.nanoTime();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Timed(response, (System.nanoTime() - start) / 1_000_000));
    }

    /** The answer, or a failure naming {@code what} if it has not come within {@code seconds}. */
    private static Timed within(CompletableFuture<Timed> answer, int seconds, String what) throws Exception {
        try {
            return answer.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException notCut) {
            return fail(what + " was not answered within " + seconds + " s of a 1 s timeout");
        }
    }
}
