package org.kidalkg.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/**
 * The questions the corpus of {@code data/sources/} makes answerable (issue 14), asked over HTTP of a started server:
 * several outlets on one account, where they agree and where they do not.
 */
class CorpusCompetencyTest {
    private static final String ID = "https://w3id.org/kidal-kg/id/";
    private static final RunningServer server = RunningServer.shared();

    @Test
    void theArmysControlOnTheTakeoverDayIsClaimedByTheArmyAndGoitaAcknowledgedByThePscCaveatedAndConfirmedByTheAdversary() {
        JsonNode army = account(control("2023-11-14"), "FAMa", "effective control");
        JsonNode evidence = army.path("evidence");
        assertEquals("confirmed by adversary", evidence.path("status").asText());
        assertEquals(List.of("Associated Press", "France 24", "News Ghana", "Reuters"), sorted(values(evidence.path("sources"), "outlet")));
        assertEquals("unclear", army.path("extent").asText(), "France 24: the extent is unclear");
        List<String> caveats = values(evidence.path("caveats"), "claim");
        assertTrue(caveats.contains(ID + "claim-reuters-rebels-unreachable"), caveats.toString());
        assertTrue(caveats.contains(ID + "claim-f24-control-extent-unclear"), caveats.toString());
        List<String> support = values(evidence.path("support"), "claim");
        for (String claim : List.of("claim-goita-takeover", "claim-rebellion-acknowledges-loss", "claim-ap-goita-seized-control",
                "claim-ap-ortm-army-took-control", "claim-reuters-army-says-taken-kidal", "claim-reuters-goita-takeover-on-x",
                "claim-newsghana-army-x-seized-kidal")) {
            assertTrue(support.contains(ID + claim), claim + " among the support: " + support);
        }
        assertTrue(!support.contains(ID + "claim-reuters-rebels-unreachable"), "a caveat is never support");
        List<String> voices = new ArrayList<>();
        evidence.path("support").forEach(c -> voices.add(c.path("claimant").path("iri").asText().replace(ID, "") + " " + c.path("stance").asText()));
        for (String voice : List.of("FAMa asserts", "ChiefOfGeneralStaff asserts", "AssimiGoita asserts", "PSC acknowledges")) {
            assertTrue(voices.contains(voice), voice + " among " + voices);
        }
        assertTrue(voices.stream().noneMatch(v -> v.startsWith("TuaregSeparatists ")), "the rebellion that acknowledged is the PSC: " + voices);
    }

    @Test
    void aRebelSpokesmanConfirmedTheArmysPresenceInAp() {
        JsonNode presence = account(control("2023-11-14"), "FAMa", "presence");
        assertEquals("confirmed by adversary", presence.path("evidence").path("status").asText(),
                "the spokesman speaks for the rebels the takeover targeted");
        JsonNode claim = presence.path("evidence").path("support").get(0);
        assertEquals(ID + "claim-ap-rebel-spokesman-confirms-presence", claim.path("claim").asText());
        assertEquals("confirms", claim.path("stance").asText());
        assertEquals("A rebel spokesman based in neighboring Mauritania confirmed the presence of the Malian military in Kidal.",
                claim.path("quote").asText());
        assertEquals(ID + "doc-ap-2023-11-14-kidal", claim.path("source").path("iri").asText());
    }

    @Test
    void howGoitasMessageWentOutStateTelevisionOrXIsAMediumDisagreementWithEachSidesSources() {
        JsonNode medium = disagreement(control("2023-11-14"), "medium");
        assertEquals("The Malian army's control of Kidal from November 2023", medium.path("about").asText());
        assertEquals(List.of("post on X <- Reuters", "state television flash <- France 24"), positions(medium));
    }

    @Test
    void whenRebelRuleBeganApSays2012FranceTwentyFourForADecadeAndSinceMay2014() {
        JsonNode begin = disagreement(control("2019-03-01"), "begin");
        assertEquals(List.of("for a decade (2013-09-01 to 2013-12-31) <- France 24", "in 2012 (2012-01-01 to 2012-12-31) <- Associated Press",
                "since May 2014 (2014-05-01 to 2014-05-31) <- France 24"), positions(begin));
    }

    @Test
    void minusmaLeftKidalOn31October2023ByItsOwnPressReleaseAndFranceTwentyFoursWord() {
        String csv = server.sparql(PREFIXES + """
                SELECT ?claimant ?date ?medium ?doc ?begin WHERE {
                  ?c kkg:about kid:event-minusma-withdrawal-kidal ; kkg:claimant/rdfs:label ?claimant ; kkg:claimDate ?date ;
                     kkg:medium/skos:prefLabel ?medium ; kkg:reportedIn ?doc ; kkg:stance kkg:Asserts .
                  FILTER(lang(?claimant) = "en")
                  kid:event-minusma-withdrawal-kidal kkg:begin/kkg:earliest ?begin ; kkg:agent kid:MINUSMA .
                } ORDER BY ?date ?claimant""", "text/csv").body();
        assertEquals("""
                claimant,date,medium,doc,begin\r
                MINUSMA,2023-10-31,written statement,https://w3id.org/kidal-kg/id/doc-minusma-2023-11-01-kidal,2023-10-31\r
                Associated Press,2023-11-14,news report,https://w3id.org/kidal-kg/id/doc-ap-2023-11-14-kidal,2023-10-31\r
                France 24,2023-11-14,news report,https://w3id.org/kidal-kg/id/doc-france24-kidal-2023-11-14,2023-10-31\r
                """, csv);
        JsonNode claims = Json.parse(server.get("/api/claims?claimant=MINUSMA", "application/json").body()).path("claims");
        List<String> quotes = new ArrayList<>();
        claims.forEach(g -> g.path("stances").forEach(st -> quotes.add(st.path("quote").asText())));
        assertTrue(quotes.contains("The last convoy of peacekeepers left Kidal by road this morning for Gao"), quotes.toString());
        assertTrue(quotes.contains("MINUSMA ended its presence in the Kidal region today, following the departure of its last personnel by air and land convoy."),
                quotes.toString());
        JsonNode stay = account(control("2023-10-30"), "MINUSMA", "presence");
        assertEquals("2023-10-31", stay.path("until").path("latest").asText(), "France 24's account of MINUSMA's stay ends on the 31st");
        for (JsonNode c : control("2023-11-01").path("controllers")) {
            assertTrue(!c.path("actor").path("iri").asText().equals(ID + "MINUSMA"), "MINUSMA still in Kidal on 1 November: " + c);
        }
    }

    @Test
    void whatTheArmyCallsItsAdversaryArmedTerroristGroupsInNewsGhanaWithWhoUsedTheWords() {
        String csv = server.sparql(PREFIXES + """
                SELECT ?name ?actor ?by ?doc WHERE {
                  ?n a kkg:Naming ; kkg:name ?name ; kkg:namedActor/rdfs:label ?actor ; kkg:namedBy/rdfs:label ?by ;
                     kkg:usedIn/kkg:reportedIn ?doc .
                  FILTER(lang(?actor) = "en" && lang(?by) = "en")
                } ORDER BY ?name""", "text/csv").body();
        assertEquals("""
                name,actor,by,doc\r
                Armed Terrorist Groups (GAT),Tuareg separatist rebels,Malian Armed Forces,https://w3id.org/kidal-kg/id/doc-newsghana-2023-11-14-kidal\r
                """, csv);
        String label = server.sparql(PREFIXES + "SELECT ?l (lang(?l) AS ?lang) WHERE { kid:TuaregSeparatists rdfs:label ?l } ORDER BY ?lang",
                "text/csv").body();
        assertEquals("l,lang\r\nTuareg separatist rebels,en\r\nrebelles séparatistes touareg,fr\r\n", label,
                "a claimant's name is never the graph's label");
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "CSP-PSD | PSC", "CSP | PSC", "PSC | PSC", "Cadre stratégique permanent | PSC", "cadre strategique permanent | PSC",
            "Cadre stratégique permanent pour la paix, la sécurité et le développement | PSC",
            "Permanent Strategic Framework for Peace, Security and Development | PSC",
            "FAMa | FAMa", "Forces armées maliennes | FAMa", "forces armees maliennes | FAMa", "armée malienne | FAMa", "Malian army | FAMa",
            "MINUSMA | MINUSMA", "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali | MINUSMA",
            "junte | MalianJunta", "télévision d'État malienne | MalianStateTelevision",
            "chef d'état-major général des armées | ChiefOfGeneralStaff",
    })
    void frenchAndEnglishNamesAndAliasesResolveAndTheAnswerSpeaksEnglish(String name, String actor) {
        HttpResponse<String> response = server.get("/api/claims?claimant=" + RunningServer.encode(name), "application/json");
        assertEquals(200, response.statusCode(), response.body());
        List<String> claimants = new ArrayList<>();
        Json.parse(response.body()).path("claims").forEach(g -> g.path("stances").forEach(st -> {
            if (st.path("claimant").path("iri").asText().equals(ID + actor)) {
                claimants.add(st.path("claimant").path("label").asText());
            }
        }));
        assertTrue(!claimants.isEmpty(), name + ": no claim by " + actor + " in " + response.body());
        assertEquals(List.of(ENGLISH.get(actor)), claimants.stream().distinct().toList(), "the English label, whatever name was asked");
    }

    @Test
    void aPlaceNamedInFrenchIsAnsweredInEnglish() {
        for (String name : List.of("région de Kidal", "Region de Kidal")) {
            HttpResponse<String> response = server.get("/api/control?place=" + RunningServer.encode(name) + "&at=2023-11-14", "application/json");
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("Kidal Region", Json.parse(response.body()).path("place").path("label").asText());
        }
        String byFrenchName = server.get("/queries/claims-by?claimant=" + RunningServer.encode("Cadre stratégique permanent"), "text/csv").body();
        assertTrue(byFrenchName.contains("claim-psc-acknowledges-withdrawal") && byFrenchName.contains("Permanent Strategic Framework"),
                "the named queries resolve the same names: " + byFrenchName);
        JsonNode kidal = Json.parse(server.get("/api/control?place=Kidal&at=2023-11-14", "application/json").body());
        assertEquals("Malian Armed Forces", kidal.path("controllers").get(0).path("actor").path("label").asText());
        String names = server.sparql(PREFIXES + """
                SELECT ?l WHERE { kid:PSC rdfs:label|skos:altLabel ?l FILTER(lang(?l) = "fr") } ORDER BY ?l""", "text/csv").body();
        assertEquals("l\r\nCSP\r\nCSP-PSD\r\nCadre stratégique permanent\r\n"
                + "\"Cadre stratégique permanent pour la paix, la sécurité et le développement\"\r\n", names);
    }

    private static final java.util.Map<String, String> ENGLISH = java.util.Map.of("PSC", "Permanent Strategic Framework",
            "FAMa", "Malian Armed Forces", "MINUSMA", "MINUSMA", "MalianJunta", "Malian military junta",
            "MalianStateTelevision", "Malian state television", "ChiefOfGeneralStaff", "Chief of the General Staff of the Armed Forces");

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX kkg:  <https://w3id.org/kidal-kg/ontology#>
            PREFIX kid:  <https://w3id.org/kidal-kg/id/>
            """;

    private static JsonNode control(String at) {
        HttpResponse<String> response = server.get("/api/control?place=Kidal&at=" + at, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    private static JsonNode account(JsonNode answer, String actor, String kind) {
        for (JsonNode c : answer.path("controllers")) {
            if (c.path("actor").path("iri").asText().equals(ID + actor) && c.path("kind").asText().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " by " + actor + " in " + answer);
    }

    /** The disagreement on {@code component} behind an answer of {@code /api/control}. */
    static JsonNode disagreement(JsonNode answer, String component) {
        for (JsonNode d : answer.path("disagreements")) {
            if (d.path("component").asText().equals(component)) {
                return d;
            }
        }
        throw new AssertionError("no " + component + " disagreement in " + answer.path("disagreements"));
    }

    /** "value <- outlet, outlet" per position, in the answer's order. */
    private static List<String> positions(JsonNode disagreement) {
        List<String> out = new ArrayList<>();
        disagreement.path("positions").forEach(p ->
                out.add(p.path("value").asText() + " <- " + String.join(", ", values(p.path("sources"), "outlet"))));
        return out;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().distinct().sorted().toList();
    }
}
