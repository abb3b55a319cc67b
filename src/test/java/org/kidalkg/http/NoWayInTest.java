package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** Nothing writes, nothing reads the server's files, nothing listens beyond loopback, CORS lets browsers only read. */
class NoWayInTest {
    private static final String UPDATE = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
    private static final RunningServer server = RunningServer.shared();

    @Test
    void anUpdateBodyPostedToAnyPathIsRefused() {
        List<String> paths = List.of("/kidal", "/kidal/sparql", "/kidal/query", "/kidal/get", "/kidal/update",
                "/kidal/data", "/queries", "/queries/who-controlled", "/$/ping", "/", "/$/datasets", "/$/server");
        for (String path : paths) {
            int status = server.post(path, "application/sparql-update", UPDATE, null).statusCode();
            assertTrue(status >= 400 && status < 500, "POST update to " + path + " answered " + status);
        }
        assertFalse(ask("ASK { <urn:x:s> ?p ?o }"));
    }

    @Test
    void graphStoreWritesAreRefused() {
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            for (String path : List.of("/kidal/get?default", "/kidal?default", "/kidal/data?default", "/kidal/get?graph=urn:x:g")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."))
                        .build();
                int status = server.send(request).statusCode();
                assertTrue(status >= 400 && status < 500, method + " " + path + " answered " + status);
            }
        }
        assertFalse(ask("ASK { <urn:x:s> ?p ?o }"));
    }

    @Test
    void loadOfALocalFileIsRefused() {
        String load = "LOAD <file:///etc/passwd>";
        for (HttpResponse<String> response : List.of(
                server.post("/kidal/sparql", "application/sparql-update", load, null),
                server.post("/kidal/sparql", "application/x-www-form-urlencoded", "update=" + RunningServer.encode(load), null),
                server.post("/kidal", "application/x-www-form-urlencoded", "update=" + RunningServer.encode(load), null),
                server.sparql(load, null))) {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "answered " + response.statusCode());
            assertFalse(response.body().contains("root:"), response.body());
        }
        assertFalse(ask("ASK { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), 'passwd')) }"));
    }

    @Test
    void fromAndGraphWithAFileIriDoNotReadTheFile() {
        List<String> queries = List.of(
                "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * WHERE { GRAPH <file:///etc/passwd> { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                "DESCRIBE <file:///etc/passwd>");
        for (String query : queries) {
            HttpResponse<String> response = server.sparql(query, "application/sparql-results+json");
            assertTrue(response.statusCode() == 200 || (response.statusCode() >= 400 && response.statusCode() < 500),
                    query + " answered " + response.statusCode());
            assertFalse(response.body().contains("root:"), query + " read /etc/passwd: " + response.body());
            assertFalse(response.body().contains("/bin/"), query + " read /etc/passwd: " + response.body());
        }
    }

    @Test
    void theServerBindsLoopbackByDefault() {
        FusekiServer built = KidalServer.build(ServerConfig.defaults().withPort(0), BuiltInGraph.store(), BuiltInGraph.queries());
        List<Connector> connectors = List.of(built.getJettyServer().getConnectors());
        assertFalse(connectors.isEmpty());
        for (Connector connector : connectors) {
            assertEquals("127.0.0.1", ((ServerConnector) connector).getHost());
        }
        assertEquals("127.0.0.1", ServerConfig.defaults().host());
    }

    @Test
    void corsPreflightAllowsReadsOnly() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> preflight = preflight("/kidal/get", method);
            String allowed = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertFalse(allowed.toUpperCase(Locale.ROOT).contains(method), method + " allowed: " + allowed);
            assertNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                    method + " preflight got Access-Control-Allow-Origin");
        }
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> preflight = preflight("/kidal/sparql", method);
            assertNotNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null), method + " preflight");
            String allowed = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertTrue(allowed.contains(method), method + " not allowed: " + allowed);
            assertFalse(allowed.contains("PUT") || allowed.contains("DELETE"), allowed);
        }
        HttpRequest get = HttpRequest.newBuilder(URI.create(server.base() + "/$/ping"))
                .header("Origin", "https://example.org").GET().build();
        String origin = server.send(get).headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(origin.equals("*") || origin.equals("https://example.org"), "Access-Control-Allow-Origin: " + origin);
    }

    private static HttpResponse<String> preflight(String path, String method) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(10))
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        return server.send(request);
    }

    private static boolean ask(String query) {
        return Json.parse(server.sparql(query, "application/sparql-results+json").body()).path("boolean").asBoolean();
    }
}
