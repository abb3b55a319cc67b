package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kidalkg.http.guard.ServerLimits;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RawHttp;
import org.kidalkg.testing.RunningServer;

/**
 * The limits are the server's configuration, not constants: a server started with small ones refuses, over HTTP,
 * what the defaults let through, each refusal naming the configured value.
 */
class ServerLimitsTest {
    private static final ServerLimits SMALL = new ServerLimits(1, 0, Duration.ofSeconds(1), 1, 0, Duration.ofSeconds(1),
            Duration.ofSeconds(2), 1_000, 100, 10);
    private static final String CROSS = "/kidal/sparql?query=" + RunningServer.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }");

    @Test
    void smallLimitsRefuseWhatTheDefaultsAllowNamingTheirValues() {
        ServerConfig config = ServerConfig.defaults().withPort(0).withLimits(SMALL);
        try (RunningServer server = RunningServer.start(config, BuiltInGraph.store(), BuiltInGraph.queries())) {
            HttpResponse<String> construct = server.sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 11", null);
            assertEquals(400, construct.statusCode(), construct.body());
            assertTrue(construct.body().contains("passed 10 triples"), construct.body());
            assertEquals(200, server.sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 10", null).statusCode());

            HttpResponse<String> string = server.sparql("SELECT (CONCAT(\"" + "a".repeat(60) + "\", \"" + "b".repeat(60)
                    + "\") AS ?x) {}", null);
            assertEquals(400, string.statusCode(), string.body());
            assertTrue(string.body().contains("strings of up to 100 characters"), string.body());

            String longQuery = "ASK {} # " + "x".repeat(1_000);
            HttpResponse<String> body = server.post("/kidal/sparql", "application/sparql-query", longQuery, null);
            assertEquals(413, body.statusCode(), body.body());
            HttpResponse<String> text = server.sparql(longQuery, null);
            assertEquals(400, text.statusCode(), text.body());
            assertTrue(text.body().contains("queries of up to 1000 characters"), text.body());
        }
    }

    @Test
    void oneSlotHeldRefusesTheNextFromThatAddressAndInAllUntilTheWriteTimeoutFreesIt() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(60)).withLimits(SMALL);
        try (RunningServer server = RunningServer.start(config, BuiltInGraph.store(), BuiltInGraph.queries());
             Socket unread = RawHttp.unread(RawHttp.port(server), "127.0.0.1", CROSS)) {
            int port = RawHttp.port(server);
            Thread.sleep(500); // let it start writing
            String ask = "/kidal/sparql?query=" + RunningServer.encode("ASK {}");
            String mine = RawHttp.answer(port, "127.0.0.1", ask, "");
            assertTrue(mine.startsWith("HTTP/1.1 503") && mine.contains("1 requests from your address were running and 0 more"
                    + " were waiting"), mine);
            String other = RawHttp.answer(port, "127.0.0.2", ask, "");
            assertTrue(other.startsWith("HTTP/1.1 503") && other.contains("1 requests in all were running"), other);
            String again = "";
            for (long deadline = System.nanoTime() + 20_000_000_000L; System.nanoTime() < deadline && !again.startsWith("HTTP/1.1 200"); ) {
                Thread.sleep(250);
                again = RawHttp.answer(port, "127.0.0.2", ask, "");
            }
            assertTrue(again.startsWith("HTTP/1.1 200"), "the 2 s write timeout did not free the slot: " + again);
            assertTrue(!unread.isClosed());
        }
    }
}
