package org.kidalkg.importers.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.cli.Main;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

import com.fasterxml.jackson.databind.JsonNode;
import org.kidalkg.importers.KnownEntities;

/**
 * An ACLED row for Kidal names the entities the article already holds: after {@code import-acled} and
 * {@code serve --data}, {@code /api/control} answers for Kidal with the row's claim among the sources,
 * {@code kid:FAMa} as its actor and the Malian state by the state rule; Wagner, the precision and the toll are kept.
 */
class AcledReconciliationTest {
    private static final Path ROW = Path.of("src/test/resources/acled/kidal-row.csv");
    private static final String KID = "https://w3id.org/kidal-kg/id/";

    @TempDir
    static Path dir;
    static String stderr;
    static int exit;

    @BeforeAll
    static void importTheRow() {
        StringWriter err = new StringWriter();
        exit = Main.run(new String[] {"import-acled", ROW.toString(), "-o", dir.resolve("acled.trig").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        stderr = err.toString();
    }

    @Test
    void controlOfKidalAnswersWithTheRowsClaimAndTheArmysIri() throws Exception {
        assertEquals(0, exit, stderr);
        var store = KnowledgeStore.inMemory(PrebuiltGraph.orBuild(new Sources(SourceBundle.builtIn(), List.of(dir)), line -> { }).dataset());
        try (RunningServer server = RunningServer.start(ServerConfig.defaults().withPort(0), store, BuiltInGraph.queries())) {
            var response = server.get("/api/control?place=Kidal&at=2023-11-20", "application/json");
            assertEquals(200, response.statusCode(), response.body());
            JsonNode controllers = Json.parse(response.body()).path("controllers");
            List<String> actors = new ArrayList<>();
            boolean rowClaimForTheArmy = false;
            for (JsonNode c : controllers) {
                actors.add(c.path("actor").path("iri").asText());
                for (JsonNode claim : c.path("basis")) {
                    rowClaimForTheArmy |= c.path("actor").path("iri").asText().equals(KID + "FAMa")
                            && claim.path("claim").asText().startsWith(KID + "acled-claim-mli29001")
                            && claim.path("source").path("iri").asText().equals(KID + "acled-file-kidal-row-csv");
                }
            }
            assertTrue(rowClaimForTheArmy, "the row's claim, from the ACLED file, backs kid:FAMa's control: " + response.body());
            assertTrue(actors.contains(KID + "MalianState"), "the control-by-state rule fired: " + actors);

            String ask = "PREFIX kkg: <https://w3id.org/kidal-kg/ontology#> PREFIX kid: <" + KID + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT (COUNT(DISTINCT ?place) AS ?kidals) ?wagner ?toll ?precision WHERE { ?place rdfs:label ?l FILTER(str(?l) = \"Kidal\") "
                    + "OPTIONAL { kid:acled-event-mli29001 kkg:agent ?wagner FILTER(?wagner = kid:Wagner) } "
                    + "OPTIONAL { kid:acled-event-mli29001 kkg:fatalities ?toll } OPTIONAL { kid:acled-event-mli29001 kkg:geoPrecision ?precision } } "
                    + "GROUP BY ?wagner ?toll ?precision";
            var rows = server.get("/kidal/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), "application/sparql-results+json");
            assertEquals(200, rows.statusCode(), rows.body());
            JsonNode binding = Json.parse(rows.body()).path("results").path("bindings").get(0);
            assertEquals("1", binding.path("kidals").path("value").asText(), "one place called Kidal, not a duplicate: " + rows.body());
            assertEquals(KID + "Wagner", binding.path("wagner").path("value").asText(), "assoc_actor_1 kept as kid:Wagner");
            assertEquals("3", binding.path("toll").path("value").asText());
            assertTrue(binding.path("toll").path("datatype").asText().endsWith("#nonNegativeInteger"), "fatalities are a number: " + binding);
            assertEquals("1", binding.path("precision").path("value").asText(), "geo_precision kept");
        }
    }

    @Test
    void twoKnownPlacesOfOneNameWithinReachAreAnErrorNamingBoth() {
        KnownEntities known = KnownEntities.of(graph("""
                @prefix kkg: <https://w3id.org/kidal-kg/ontology#> . @prefix kid: <https://w3id.org/kidal-kg/id/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix geo: <http://www.opengis.net/ont/geosparql#> .
                kid:TownA a kkg:Place, kkg:City ; rdfs:label "Ber" ; geo:hasGeometry [ geo:asWKT "POINT(-3.07 16.45)" ] .
                kid:TownB a kkg:Place, kkg:City ; rdfs:label "Bér"@fr ; geo:hasGeometry [ geo:asWKT "POINT(-3.10 16.47)" ] .
                kid:Far a kkg:Place, kkg:City ; rdfs:label "Far" ; geo:hasGeometry [ geo:asWKT "POINT(10 10)" ] .
                """));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> known.place("location", "Ber", 16.46, -3.08, 1));
        assertTrue(e.getMessage().contains("kid:TownA") && e.getMessage().contains("kid:TownB"), e.getMessage());
        assertTrue(known.place("location", "Far", 16.46, -3.08, 1).isEmpty(), "a namesake out of reach is another place");
        assertEquals("https://w3id.org/kidal-kg/id/Far", known.place("location", "far", 10.05, 10.05, 1).map(Node::getURI).orElse(""));
    }

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createGraphMem();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }
}
