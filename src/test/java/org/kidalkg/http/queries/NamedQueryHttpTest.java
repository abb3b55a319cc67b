package org.kidalkg.http.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** Named queries over HTTP: listed at /queries, run at /queries/{name} with parameters bound as RDF terms. */
class NamedQueryHttpTest {
    private static final RunningServer server = RunningServer.shared();

    @Test
    void listingNamesEachQueryWithItsParameters() {
        HttpResponse<String> response = server.get("/queries", null);
        assertEquals(200, response.statusCode());
        JsonNode whoControlled = null;
        for (JsonNode q : Json.parse(response.body()).path("queries")) {
            if (q.path("name").asText().equals("who-controlled")) {
                whoControlled = q;
            }
        }
        assertTrue(whoControlled != null, response.body());
        List<String> params = new ArrayList<>();
        whoControlled.path("params").forEach(p -> params.add(p.path("name").asText() + ":" + p.path("type").asText()));
        assertEquals(List.of("place:label or IRI", "at:xsd:date"), params);
    }

    @Test
    void whoControlledKidalIn2019IsTheSeparatistsOnFrance24sWord() {
        HttpResponse<String> response = server.get("/queries/who-controlled?place=Kidal&at=2019-03-01", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        List<String> controllers = Json.column(response.body(), "controllerLabel");
        List<String> certainty = Json.column(response.body(), "certainty");
        List<String> kinds = Json.column(response.body(), "kind");
        for (int i = 0; i < controllers.size(); i++) {
            String row = controllers.get(i) + ", " + kinds.get(i) + ", " + certainty.get(i);
            assertTrue(row.equals("Tuareg separatist rebels, effective control, certain")
                    || row.equals("Coordination of Azawad Movements, effective control, certain") || row.equals("MINUSMA, presence, possible"),
                    "only the rebels held Kidal (France 24's and AP's rebels, SeneNews' CMA), and MINUSMA was possibly there"
                    + " (France 24 gives no begin for its stay): " + row);
        }
        assertTrue(controllers.contains("Tuareg separatist rebels"), controllers.toString());
        assertTrue(Json.column(response.body(), "quote")
                .contains("They had been in charge of security and law enforcement in Kidal since then."), response.body());
    }

    @Test
    void placeMayBeAnAliasInAnyCaseOrAnIri() {
        String byLabel = server.get("/queries/control-timeline?place=KIDAL", "text/csv").body();
        String byIri = server.get("/queries/control-timeline?place=" + RunningServer.encode("https://w3id.org/kidal-kg/id/Kidal"), "text/csv").body();
        assertEquals(byLabel, byIri);
        assertTrue(byLabel.contains("Malian Armed Forces"), byLabel);
    }

    @Test
    void formatParameterChoosesCsv() {
        HttpResponse<String> response = server.get("/queries/who-controlled?place=Kidal&at=2023-11-14&format=csv", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.body().startsWith("period,controller,controllerLabel,"), response.body());
    }

    @Test
    void aBrowserGetsJsonAndAcceptFollowsQualities() {
        String path = "/queries/who-controlled?place=Kidal&at=2023-11-14";
        assertEquals("application/sparql-results+json", type(server.get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")),
                "a browser's application/xml is not a request for SPARQL XML");
        assertEquals("application/sparql-results+xml", type(server.get(path, "application/sparql-results+xml")));
        assertEquals("text/csv", type(server.get(path, "application/sparql-results+json;q=0, TEXT/CSV;q=0.2, text/tab-separated-values;q=0.1")));
        HttpResponse<String> refused = server.get(path, "image/png");
        assertEquals(406, refused.statusCode());
        assertEquals("not acceptable", Json.parse(refused.body()).path("error").asText());
    }

    private static String type(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        assertBad("/queries/who-controlled?place=Kidal&at=2019-02-30", "at");
        assertBad("/queries/who-controlled?place=Kidal", "at");
        assertBad("/queries/who-controlled?place=Atlantis&at=2019-03-01", "place");
        assertBad("/queries/who-controlled?place=Kidal&at=2019-03-01&colour=red", "colour");
    }

    @Test
    void anOptionalParameterLeftOutAnswersForEveryValue() {
        // disagreements takes place? (optional): given, those at the place or within it; left out, all of them.
        List<String> everywhere = Json.column(server.get("/queries/disagreements", "application/sparql-results+json").body(), "disagreement");
        List<String> atKidal = Json.column(server.get("/queries/disagreements?place=Kidal", "application/sparql-results+json").body(), "disagreement");
        List<String> atAnefis = Json.column(server.get("/queries/disagreements?place=Anefis", "application/sparql-results+json").body(), "disagreement");
        assertTrue(!everywhere.isEmpty() && everywhere.containsAll(atKidal), everywhere + " / " + atKidal);
        assertTrue(atAnefis.size() < everywhere.size(), "a place narrows the answer: " + atAnefis);
        JsonNode listing = Json.parse(server.get("/queries", "application/json").body());
        boolean optional = false;
        for (JsonNode q : listing.path("queries")) {
            if (q.path("name").asText().equals("disagreements")) {
                optional = q.path("params").get(0).path("optional").asBoolean();
            }
        }
        assertTrue(optional, "the listing says the parameter is optional: " + listing);
    }

    @Test
    void unknownQueryIs404() {
        HttpResponse<String> response = server.get("/queries/who-won", null);
        assertEquals(404, response.statusCode());
        assertEquals("unknown query", Json.parse(response.body()).path("error").asText());
    }

    private static void assertBad(String path, String parameter) {
        HttpResponse<String> response = server.get(path, null);
        assertEquals(400, response.statusCode(), path + " -> " + response.body());
        assertTrue(Json.parse(response.body()).path("detail").asText().startsWith(parameter + ":"), response.body());
    }
}
