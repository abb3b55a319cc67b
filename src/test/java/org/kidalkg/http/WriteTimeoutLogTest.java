package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kidalkg.http.guard.ServerLimits;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RawHttp;
import org.kidalkg.testing.RunningServer;

/**
 * A client that stops reading its results is cut by the write timeout, and Fuseki's log says so: the cut named with
 * its limit, not "RC = 500" (the client never got a 500; its connection was closed).
 */
class WriteTimeoutLogTest {
    private static final ServerLimits TWO_SECONDS = new ServerLimits(ServerLimits.CONCURRENT, ServerLimits.QUEUED,
            Duration.ofSeconds(ServerLimits.QUEUE_WAIT_SECONDS), ServerLimits.PER_ADDRESS, ServerLimits.PER_ADDRESS_QUEUED,
            Duration.ofSeconds(ServerLimits.PER_ADDRESS_WAIT_SECONDS), Duration.ofSeconds(2), ServerLimits.MAX_BODY,
            ServerLimits.MAX_STRING, ServerLimits.MAX_TRIPLES);

    @Test
    void aCutForNotReadingIsLoggedAsSuchWithItsLimit() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(60)).withLimits(TWO_SECONDS);
        FeatureRoutesTest.Collecting log = FeatureRoutesTest.Collecting.attach("org.apache.jena.fuseki");
        try (RunningServer server = RunningServer.start(config, BuiltInGraph.store(), BuiltInGraph.queries());
             Socket unread = RawHttp.unread(RawHttp.port(server), "127.0.0.1", "/kidal/sparql?query="
                     + RunningServer.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }"))) {
            List<String> lines = new ArrayList<>();
            for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; Thread.sleep(200)) {
                lines = log.lines();
                if (lines.stream().anyMatch(l -> l.contains("write timeout") || l.contains("RC = "))) {
                    break;
                }
            }
            Thread.sleep(500); // the request's last line
            lines = log.lines();
            String all = String.join("\n", lines);
            System.out.println("[write timeout] Fuseki's log:\n" + all);
            assertTrue(lines.stream().anyMatch(l -> l.contains("cut by the write timeout") && l.contains("2 s")
                    && l.contains("--write-timeout")), all);
            assertFalse(all.contains("RC = 500") || all.contains(" 500 "), all);
        } finally {
            log.detach();
        }
    }
}
