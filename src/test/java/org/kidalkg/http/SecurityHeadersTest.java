package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/** Every response carries the browser security headers; CORS reads without credentials; links only to the web. */
class SecurityHeadersTest {
    private static final RunningServer server = RunningServer.shared();

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/$/ping", "/kidal/sparql?query=" + RunningServer.encode("ASK {}"),
                "/kidal/sparql?query=nonsense", "/nothing-here", "/id/Kidal", "/queries/who-controlled?at=bad",
                "/web/app.js", "/.well-known/void")) {
            HttpResponse<String> response = server.get(path, null);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval") && csp.contains("frame-ancestors 'none'")
                    && !csp.matches(".*script-src[^;]*unsafe-inline.*"), path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertFalse(response.body().contains("\tat org.") || response.body().contains("Exception:"), path + ": " + response.body());
        }
    }

    @Test
    void corsLetsAnyWebOriginReadWithoutCredentialsAndNeverEchoesNull() {
        HttpResponse<String> web = withOrigin("https://example.org");
        assertEquals("https://example.org", web.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(web.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), "credentials allowed");
        HttpResponse<String> nullOrigin = withOrigin("null");
        assertEquals(200, nullOrigin.statusCode());
        assertEquals(Optional.empty(), nullOrigin.headers().firstValue("Access-Control-Allow-Origin"));
        assertFalse(nullOrigin.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @Test
    void metricsAnswerThisHostOnly() throws Exception {
        assertEquals(200, server.get("/$/metrics", null).statusCode());
        Optional<InetAddress> own = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (own.isEmpty()) {
            return; // no address but loopback on this machine: the refusal cannot be reached from here
        }
        ServerConfig everywhere = ServerConfig.defaults().withPort(0).withHost("0.0.0.0");
        try (RunningServer open = RunningServer.start(everywhere, BuiltInGraph.store(), BuiltInGraph.queries())) {
            String port = open.base().substring(open.base().lastIndexOf(':') + 1);
            String remote = "http://" + own.get().getHostAddress() + ":" + port;
            HttpResponse<String> metrics = open.send(HttpRequest.newBuilder(URI.create(remote + "/$/metrics"))
                    .timeout(Duration.ofSeconds(10)).build());
            assertEquals(403, metrics.statusCode(), "metrics from " + own.get());
            assertEquals(200, open.send(HttpRequest.newBuilder(URI.create(remote + "/$/ping"))
                    .timeout(Duration.ofSeconds(10)).build()).statusCode());
        }
    }

    @Test
    void aLinkFromDataIsRenderedOnlyForTheWeb() {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(store, () -> {
            BuiltInGraph.store().find().forEachRemaining(store::add);
            store.add(Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("https://w3id.org/kidal-kg/id/Kidal"),
                    NodeFactory.createURI("https://schema.org/url"), NodeFactory.createURI("javascript:alert(document.domain)")));
        });
        try (RunningServer local = RunningServer.start(ServerConfig.defaults().withPort(0), store, BuiltInGraph.queries())) {
            HttpResponse<String> page = local.get("/id/Kidal", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("javascript:alert(document.domain)"), "the IRI is still shown");
            assertFalse(page.body().toLowerCase().contains("href=\"javascript:"), "a javascript: link was rendered");
            assertTrue(page.body().contains("href=\"https://"), "http(s) links are still rendered");
        }
    }

    @Test
    void aRouteThatFailsAnswersJsonWithoutAStackTrace() {
        Node kidal = NodeFactory.createURI("https://w3id.org/kidal-kg/id/Kidal");
        DatasetGraph damaged = new DatasetGraphWrapper(BuiltInGraph.store()) {
            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                if (kidal.equals(s)) {
                    throw new IllegalStateException("simulated damaged index");
                }
                return super.find(g, s, p, o);
            }
        };
        try (RunningServer local = RunningServer.start(ServerConfig.defaults().withPort(0), damaged, BuiltInGraph.queries())) {
            HttpResponse<String> page = local.get("/id/Kidal", "text/html");
            assertEquals(500, page.statusCode(), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), page.body());
            assertTrue(page.body().contains("\"internal error\""), page.body());
            assertFalse(page.body().contains("IllegalStateException") || page.body().contains("simulated")
                    || page.body().contains("at org."), page.body());
        }
    }

    private static HttpResponse<String> withOrigin(String origin) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base() + "/kidal/sparql?query=" + RunningServer.encode("ASK {}")))
                .header("Origin", origin).timeout(Duration.ofSeconds(10)).build());
    }
}
