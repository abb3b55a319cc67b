package org.kidalkg.http.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.kidalkg.testing.RunningServer;

/**
 * The SPARQL endpoint describes itself (SPARQL 1.1 Service Description), takes the output names clients send
 * ({@code rdf+xml}, {@code n3}), and every absolute URL it writes names the address a proxy forwarded.
 */
class EndpointDescriptionHttpTest {
    private static final RunningServer server = RunningServer.shared();
    private static final String SD = ServiceDescription.SD;
    private static final String CONSTRUCT = RunningServer.encode(
            "CONSTRUCT { <https://w3id.org/kidal-kg/id/Kidal> ?p ?o } WHERE { <https://w3id.org/kidal-kg/id/Kidal> ?p ?o }");

    @Test
    void getWithNoQueryIsTheServiceDescription() {
        HttpResponse<String> response = server.get("/kidal/sparql", "text/turtle");
        assertEquals(200, response.statusCode(), response.body());
        Graph sd = LinkedDataHttpTest.parse(response.body(), Lang.TURTLE);
        Node endpoint = NodeFactory.createURI(server.base() + "/kidal/sparql");
        assertTrue(sd.contains(Node.ANY, uri(SD + "endpoint"), endpoint), response.body());
        assertTrue(sd.contains(Node.ANY, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query")));
        assertTrue(sd.contains(Node.ANY, uri(SD + "name"), uri("https://w3id.org/kidal-kg/graph/ontology")), "named graphs listed");
        assertEquals(200, server.sparql("ASK {}", "application/sparql-results+json").statusCode(), "queries still go to Fuseki");
    }

    @Test
    void outputNamesAsSparqlWrapperSendsThem() {
        assertEquals("application/rdf+xml", type(server.get("/kidal/sparql?query=" + CONSTRUCT + "&format=rdf%2Bxml", null)));
        assertEquals("application/rdf+xml", type(server.get("/kidal/sparql?query=" + CONSTRUCT + "&format=rdf+xml&output=rdf+xml", null)));
        assertEquals("text/turtle", type(server.get("/kidal/sparql?query=" + CONSTRUCT + "&format=n3", null)));
        assertEquals("application/sparql-results+json",
                type(server.get("/kidal/sparql?query=" + RunningServer.encode("SELECT * { ?s ?p ?o } LIMIT 1") + "&format=json", null)),
                "Fuseki's own names stay Fuseki's");
    }

    @Test
    void absoluteUrlsNameTheForwardedAddress() {
        HttpResponse<String> sd = forwarded("/kidal/sparql");
        assertTrue(sd.body().contains("<https://kidal.example.org/kidal/sparql>"), sd.body());
        HttpResponse<String> voidDescription = forwarded("/.well-known/void");
        assertTrue(voidDescription.body().contains("<https://kidal.example.org/kidal/sparql>"), voidDescription.body());
        assertTrue(!voidDescription.body().contains("127.0.0.1"), voidDescription.body());
    }

    private static HttpResponse<String> forwarded(String path) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/turtle").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "kidal.example.org").GET().build());
    }

    private static String type(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
