package org.kidalkg.http.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;
import org.kidalkg.vocab.KKG;

/** Dereferencing over HTTP: every syntax gives back the entity description, the page reads, errors are 404/406. */
class LinkedDataHttpTest {
    private static final RunningServer server = RunningServer.shared();

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).base("http://example.org/").parse(g);
        return g;
    }

    @ParameterizedTest
    @EnumSource(value = Syntax.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void everySyntaxRoundTripsToTheDescription(Syntax syntax) {
        HttpResponse<String> response = server.get("/id/Kidal", syntax.mediaType());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(syntax.mediaType()));
        Graph expected = EntityDescription.of(BuiltInGraph.store(), NodeFactory.createURI(KKG.ID + "Kidal"));
        assertTrue(expected.size() > 20, "description too small: " + expected.size());
        expected.add(Triple.create(NodeFactory.createURI(server.base() + "/id/Kidal"), OWL.sameAs.asNode(), NodeFactory.createURI(KKG.ID + "Kidal")));
        assertTrue(expected.isIsomorphicWith(parse(response.body(), syntax.lang())), syntax + " answer differs from the description");
    }

    @Test
    void aClientFindsTriplesAboutTheUrlItFetched() {
        String url = server.base() + "/id/Kidal";
        HttpResponse<String> response = server.get("/id/Kidal", "text/turtle");
        // As rdflib reads it: the document's base is the URL fetched.
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(response.body())).lang(Lang.TURTLE).base(url).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(url), OWL.sameAs.asNode(), NodeFactory.createURI(KKG.ID + "Kidal")), response.body());
        String link = response.headers().firstValue("Link").orElse("");
        assertTrue(link.startsWith("<" + KKG.ID + "Kidal>; rel=\"canonical\""), link);
        assertEquals("/id/Kidal?format=ttl", response.headers().firstValue("Content-Location").orElse(""));
    }

    @Test
    void formatParameterOverridesAcceptAndLinksNameTheOthers() {
        HttpResponse<String> response = server.get("/id/Kidal?format=nt", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        String link = response.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("</id/Kidal?format=ttl>; rel=\"alternate\"; type=\"text/turtle\""), link);
        assertTrue(link.contains("type=\"application/ld+json\"") && link.contains("type=\"text/html\""), link);
    }

    @Test
    void noAcceptGivesTurtleAndABrowserGetsHtml() {
        assertTrue(server.get("/id/Kidal", null).headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> browser = server.get("/id/Kidal", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void acceptFollowsQualitiesIncludingZeroInAnyCase() {
        assertEquals("application/n-triples", type(server.get("/id/Kidal", "text/turtle;q=0, application/n-triples;q=0.1")));
        assertEquals(406, server.get("/id/Kidal", "text/turtle;q=0").statusCode(), "q=0 refuses the only type asked for");
        assertEquals("application/rdf+xml", type(server.get("/id/Kidal", "*/*;q=0.5, text/*;q=0, application/rdf+xml")),
                "text/*;q=0 also refuses text/html, the most specific range wins");
        assertEquals("text/turtle", type(server.get("/id/Kidal", "TEXT/TURTLE")));
        assertEquals("application/ld+json", type(server.get("/id/Kidal", "Application/JSON")), "plain JSON clients get JSON-LD");
    }

    @Test
    void formatNamesAsFusekiAndSparqlWrapperSendThem() {
        assertEquals("application/rdf+xml", type(server.get("/id/Kidal?format=rdf%2Bxml", null)));
        assertEquals("application/rdf+xml", type(server.get("/id/Kidal?format=rdf+xml", null)), "an unencoded + arrives as a space");
        assertEquals("text/turtle", type(server.get("/id/Kidal?format=n3", null)));
        assertEquals("application/ld+json", type(server.get("/id/Kidal?format=json-ld", null)));
        assertEquals("text/turtle", type(server.get("/id/Kidal?format=text/turtle", null)));
    }

    private static String type(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    @Test
    void kidalPageShowsControllersClaimsAndInferredTypes() {
        String page = server.get("/id/Kidal", "text/html").body();
        assertTrue(page.contains("<h1>Kidal</h1>"), page);
        assertTrue(page.contains(">Tuareg separatist rebels</a>"), "controller missing");
        assertTrue(page.contains(">Malian Armed Forces</a>"), "controller missing");
        assertTrue(page.contains("href=\"/id/TuaregSeparatists\""), "our IRIs link locally");
        assertTrue(page.contains("href=\"http://www.wikidata.org/entity/Q650100\""), "sameAs link missing");
        assertTrue(page.contains("<h2>Claims</h2>") && page.contains("<blockquote>"), "claims with quotes missing");
        assertTrue(page.contains("Place</a> <em>(inferred)</em>"), "inferred types must be marked");
        assertFalse(page.contains(">City</a> <em>(inferred)</em>"), "kkg:City is asserted");
    }

    @Test
    void htmlEscapesWhatItShows() {
        // The one escape of every page: markup as entities, a control character (here U+0001) as '?'.
        assertEquals("&lt;b&gt; &amp; &quot;q&quot; &apos; ?", org.kidalkg.http.common.HtmlText.escape("<b> & \"q\" ' \u0001"));
    }

    @Test
    void unsupportedAcceptIs406AndUnknownIriIs404() {
        HttpResponse<String> refused = server.get("/id/Kidal", "image/png");
        assertEquals(406, refused.statusCode());
        assertEquals("Accept", refused.headers().firstValue("Vary").orElse(""));
        assertEquals(406, server.get("/id/Kidal?format=pdf", null).statusCode());
        assertEquals(404, server.get("/id/NoSuchPlace", "text/turtle").statusCode());
        assertEquals(404, server.get("/id/", "text/turtle").statusCode());
        assertEquals(406, server.get("/ontology", "image/png").statusCode());
        assertEquals(404, server.get("/ontology/9.9.9", "text/turtle").statusCode(), "no such version");
    }

    @Test
    void ontologyIriServesTheOntologyGraph() {
        HttpResponse<String> response = server.get("/ontology", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph ontology = parse(response.body(), Lang.TURTLE);
        assertTrue(ontology.contains(NodeFactory.createURI(KKG.ONTOLOGY), null, null));
        assertTrue(ontology.contains(KKG.claimant, null, null));
    }

    @Test
    void ontologyHasAPageWithAnAnchorPerTerm() {
        HttpResponse<String> page = server.get("/ontology", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals("text/html", type(page));
        assertTrue(page.body().contains("<h1>kidal-kg ontology</h1>"), page.body());
        assertTrue(page.body().contains("<tr id=\"Claim\"><td><code>kkg:Claim</code>"), "a class with its anchor");
        assertTrue(page.body().contains("<tr id=\"claimant\">"), "a property with its anchor");
    }

    @Test
    void versionAndAlignmentIrisResolve() {
        for (String path : new String[] {"/ontology/0.2.0", "/ontology/alignment", "/ontology/alignment/0.1.0"}) {
            HttpResponse<String> response = server.get(path, "text/turtle");
            assertEquals("text/turtle", type(response), path);
            Graph ontology = parse(response.body(), Lang.TURTLE);
            assertTrue(ontology.contains(Node.ANY, Node.ANY, NodeFactory.createURI(KKG.ONTOLOGY + path.substring("/ontology".length())))
                    || ontology.contains(NodeFactory.createURI(KKG.ONTOLOGY + path.substring("/ontology".length())), Node.ANY, Node.ANY), path);
            assertTrue(response.headers().firstValue("Link").orElse("").startsWith("<" + KKG.ONTOLOGY + path.substring("/ontology".length()) + ">; rel=\"canonical\""));
        }
    }

    @Test
    void contextIsPublishedAsJsonLd() {
        HttpResponse<String> response = server.get("/context.jsonld", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(response.body().contains("\"claimant\""), response.body());
    }

    @Test
    void jsonLdUsesTheReadableKeys() {
        String body = server.get("/id/claim-f24-rebels-in-charge-since-2014", "application/ld+json").body();
        assertTrue(body.contains("\"claimant\": \"kid:France24\""), body);
    }
}
