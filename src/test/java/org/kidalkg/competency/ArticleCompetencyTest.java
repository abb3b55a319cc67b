package org.kidalkg.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/**
 * The article's competency questions, asked over HTTP of a started server, with the answers the article
 * gives (France 24 with AFP, 14 November 2023).
 */
class ArticleCompetencyTest {
    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX kkg:  <https://w3id.org/kidal-kg/ontology#>
            PREFIX kid:  <https://w3id.org/kidal-kg/id/>
            """;

    private static final RunningServer server = RunningServer.shared();

    @ParameterizedTest(name = "Kidal on {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2013-06-01 | ''",
            "2014-04-30 | ''",
            "2014-05-15 | Tuareg separatist rebels=possible",
            "2014-06-15 | Tuareg separatist rebels=certain",
            "2019-03-01 | Tuareg separatist rebels=certain",
            "2023-11-08 | Tuareg separatist rebels=certain",
            "2023-11-13 | Tuareg separatist rebels=possible",
            "2023-11-14 | Malian Armed Forces=certain;Malian state=certain",
            "2023-11-20 | Malian Armed Forces=certain;Malian state=certain", // Wikipedia (20 December) says the army held it
            "2024-01-10 | Malian Armed Forces=possible;Malian state=possible",
    })
    void whoControlledKidal(String date, String expected) {
        HttpResponse<String> response = server.get("/queries/who-controlled?place=Kidal&at=" + date, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        List<String> labels = Json.column(response.body(), "controllerLabel");
        List<String> certainty = Json.column(response.body(), "certainty");
        List<String> sources = Json.column(response.body(), "source");
        TreeSet<String> actual = new TreeSet<>();
        for (int i = 0; i < labels.size(); i++) {
            if (sources.get(i).equals("https://w3id.org/kidal-kg/id/doc-france24-kidal-2023-11-14")) { // the article's word
                actual.add(labels.get(i) + "=" + certainty.get(i));
            }
        }
        assertEquals(expected, String.join(";", actual));
    }

    @Test
    void theTakeoverIsClaimedByTheJuntaAcknowledgedByTheRebelsAndNotIndependentlyVerified() {
        String query = PREFIXES + """
                SELECT DISTINCT ?who ?stance WHERE {
                  ?claim kkg:about kid:control-kidal-fama-2023 ; kkg:stance/skos:prefLabel ?stance ;
                         prov:wasAttributedTo/rdfs:label ?who .
                } ORDER BY ?who ?stance""";
        String csv = server.sparql(query, "text/csv").body();
        assertTrue(csv.contains("Malian military junta,asserts"), csv);
        assertTrue(csv.contains("Tuareg separatist rebels,acknowledges"), csv);
        assertTrue(csv.contains("France 24,reports without confirming"), csv);
        String verified = PREFIXES + """
                ASK { ?c kkg:about kid:control-kidal-fama-2023 ; kkg:verification kkg:IndependentlyVerified }""";
        assertEquals("false", Json.parse(server.sparql(verified, "application/sparql-results+json").body()).path("boolean").asText());
    }

    @Test
    void whoDeniesWhat() {
        String query = PREFIXES + """
                SELECT ?denier ?proposition WHERE {
                  ?claim kkg:stance kkg:Denies ; kkg:claimant ?denier ; kkg:about ?proposition .
                } ORDER BY ?denier""";
        String csv = server.sparql(query, "text/csv").body();
        assertEquals("""
                denier,proposition\r
                https://w3id.org/kidal-kg/id/FAMa,https://w3id.org/kidal-kg/id/event-airstrikes-civilian-deaths\r
                https://w3id.org/kidal-kg/id/MalianJunta,https://w3id.org/kidal-kg/id/participation-wagner-offensive\r
                """, csv);
    }

    @Test
    void disputedPropositionsAreInferred() {
        String query = PREFIXES + "SELECT ?p WHERE { ?p a kkg:DisputedProposition } ORDER BY ?p";
        assertEquals(List.of("https://w3id.org/kidal-kg/id/event-airstrikes-civilian-deaths",
                "https://w3id.org/kidal-kg/id/participation-wagner-offensive"),
                Json.column(server.sparql(query, "application/sparql-results+json").body(), "p"));
    }

    @Test
    void unverifiedClaimsIncludeTheTollTheControlAndTheCivilianDeaths() {
        String query = PREFIXES + """
                SELECT DISTINCT ?about WHERE { ?c kkg:verification kkg:NotIndependentlyVerified ; kkg:about ?about }""";
        List<String> about = Json.column(server.sparql(query, "application/sparql-results+json").body(), "about");
        assertTrue(about.contains("https://w3id.org/kidal-kg/id/control-kidal-fama-2023"), about.toString());
        assertTrue(about.contains("https://w3id.org/kidal-kg/id/event-airstrikes-civilian-deaths"), about.toString());
        assertTrue(about.stream().anyMatch(a -> a.contains("column")), about.toString());
    }

    @Test
    void minusmaLeftKidalOn31October2023() {
        String query = PREFIXES + """
                SELECT ?date WHERE {
                  ?e kkg:eventType kkg:Withdrawal ; kkg:agent kid:MINUSMA ; kkg:place kid:Kidal ;
                     kkg:begin/kkg:earliest ?date .
                  FILTER EXISTS { ?claim kkg:about ?e ; kkg:reportedIn kid:doc-france24-kidal-2023-11-14 } }""";
        assertEquals(List.of("2023-10-31"), Json.column(server.sparql(query, "application/sparql-results+json").body(), "date"));
    }

    @Test
    void theColumnWasStationedInAnefisAbout110KmSouthOnTheArticlesWord() {
        String query = PREFIXES + """
                SELECT ?placeLabel ?from WHERE {
                  ?e kkg:eventType kkg:Stationing ; kkg:place ?place ; kkg:begin/kkg:earliest ?from .
                  ?place rdfs:label ?placeLabel }""";
        String body = server.sparql(query, "application/sparql-results+json").body();
        assertEquals(List.of("Anéfis"), Json.column(body, "placeLabel"));
        assertEquals(List.of("2023-10-01"), Json.column(body, "from"));
        String distance = PREFIXES + """
                SELECT ?quote WHERE { ?c kkg:claimant kid:France24 ; kkg:evidence/oa:hasSelector/oa:exact ?quote .
                  FILTER(CONTAINS(?quote, "110 km")) }""";
        assertEquals(1, Json.column(server.sparql(distance, "application/sparql-results+json").body(), "quote").size());
    }

    @Test
    void goitasWordsCountAsTheJuntasClaim() {
        String query = PREFIXES + """
                SELECT ?quote WHERE {
                  ?c kkg:claimant kid:AssimiGoita ; prov:wasAttributedTo kid:MalianJunta ;
                     kkg:evidence/oa:hasSelector/oa:exact ?quote }""";
        assertTrue(Json.column(server.sparql(query, "application/sparql-results+json").body(), "quote")
                .contains("Today our armed and security forces have taken over Kidal"));
    }

    @Test
    void anyArmedActorAndAnyPlaceInMaliAreFoundThroughTheOntology() {
        String armed = PREFIXES + "SELECT ?x WHERE { ?x a kkg:ArmedActor } ORDER BY ?x";
        List<String> actors = Json.column(server.sparql(armed, "application/sparql-results+json").body(), "x");
        for (String expected : List.of("FAMa", "TuaregSeparatists", "Wagner", "MINUSMA", "PSC")) {
            assertTrue(actors.contains("https://w3id.org/kidal-kg/id/" + expected), expected + " not an armed actor: " + actors);
        }
        String inMali = PREFIXES + "SELECT ?x WHERE { ?x kkg:country kid:Mali } ORDER BY ?x";
        List<String> places = Json.column(server.sparql(inMali, "application/sparql-results+json").body(), "x");
        assertTrue(places.containsAll(List.of("https://w3id.org/kidal-kg/id/Kidal", "https://w3id.org/kidal-kg/id/Anefis",
                "https://w3id.org/kidal-kg/id/Bamako")), places.toString());
    }

    @Test
    void everyClaimIsGroundedToASpanOfTheArticle() {
        String query = PREFIXES + """
                SELECT (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?grounded) AS ?withSpan) WHERE {
                  ?c a kkg:Claim .
                  OPTIONAL { ?c kkg:evidence ?e . ?e oa:hasSelector [ a oa:TextPositionSelector ] , [ a oa:TextQuoteSelector ] .
                             BIND(?c AS ?grounded) }
                }""";
        String body = server.sparql(query, "application/sparql-results+json").body();
        int claims = Integer.parseInt(Json.column(body, "claims").get(0));
        assertTrue(claims > 30, "expected well over 30 claims, found " + claims);
        assertEquals(Json.column(body, "claims"), Json.column(body, "withSpan"));
    }
}
