package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kidalkg.http.guard.ServerLimits;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/**
 * The limits are the server's configuration, not constants: a server started with small ones refuses, over HTTP,
 * what the defaults let through, each refusal naming the configured value.
 */
class ServerLimitsTest {
    private static final ServerLimits SMALL = new ServerLimits(1, 0, Duration.ofSeconds(1), 1, 0, Duration.ofSeconds(1),
            Duration.ofSeconds(2), 1_000, 100, 10);

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
             Socket unread = new Socket()) {
            int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
            unread.setReceiveBufferSize(4096);
            unread.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            unread.getOutputStream().write(("GET /kidal/sparql?query=" + RunningServer.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }")
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            unread.getOutputStream().flush();
            Thread.sleep(500); // let it start writing
            String ask = "/kidal/sparql?query=" + RunningServer.encode("ASK {}");
            String mine = answer(port, "127.0.0.1", ask);
            assertTrue(mine.startsWith("HTTP/1.1 503") && mine.contains("1 requests from your address were running and 0 more"
                    + " were waiting"), mine);
            String other = answer(port, "127.0.0.2", ask);
            assertTrue(other.startsWith("HTTP/1.1 503") && other.contains("1 requests in all were running"), other);
            String again = "";
            for (long deadline = System.nanoTime() + 20_000_000_000L; System.nanoTime() < deadline && !again.startsWith("HTTP/1.1 200"); ) {
                Thread.sleep(250);
                again = answer(port, "127.0.0.2", ask);
            }
            assertTrue(again.startsWith("HTTP/1.1 200"), "the 2 s write timeout did not free the slot: " + again);
            assertTrue(!unread.isClosed());
        }
    }

    /** The whole answer to one GET sent from {@code local}, read in a bounded time. */
    private static String answer(int port, String local, String path) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
