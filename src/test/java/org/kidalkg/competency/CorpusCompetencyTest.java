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
        assertEquals(List.of("Anadolu Agency", "Associated Press", "France 24", "News Ghana", "Reuters", "SeneNews", "Wikipedia"),
                sorted(values(evidence.path("sources"), "outlet")));
        assertEquals("unclear", army.path("extent").asText(), "France 24: the extent is unclear");
        List<String> caveats = values(evidence.path("caveats"), "claim");
        assertTrue(caveats.contains(ID + "claim-reuters-rebels-unreachable"), caveats.toString());
        assertTrue(caveats.contains(ID + "claim-f24-control-extent-unclear"), caveats.toString());
        List<String> support = values(evidence.path("support"), "claim");
        for (String claim : List.of("claim-goita-takeover", "claim-rebellion-acknowledges-loss", "claim-ap-goita-seized-control",
                "claim-ap-ortm-army-took-control", "claim-reuters-army-says-taken-kidal", "claim-reuters-goita-takeover-on-x",
                "claim-newsghana-army-x-seized-kidal", "claim-aa-psc-acknowledges-army-control", "claim-aa-goita-flash-seized-kidal",
                "claim-senenews-rebellion-confirms", "claim-senenews-goita-flash", "claim-senenews-army-note")) {
            assertTrue(support.contains(ID + claim), claim + " among the support: " + support);
        }
        assertTrue(!support.contains(ID + "claim-reuters-rebels-unreachable"), "a caveat is never support");
        List<String> voices = new ArrayList<>();
        evidence.path("support").forEach(c -> voices.add(c.path("claimant").path("iri").asText().replace(ID, "") + " " + c.path("stance").asText()));
        for (String voice : List.of("FAMa asserts", "ChiefOfGeneralStaff asserts", "AssimiGoita asserts", "PSC acknowledges")) {
            assertTrue(voices.contains(voice), voice + " among " + voices);
        }
        assertTrue(voices.stream().noneMatch(v -> v.startsWith("TuaregSeparatists ")),
                "the rebellion that acknowledged is the PSC, in France 24 as in SeneNews: " + voices);
    }

    @Test
    void aRebelSpokesmanConfirmedTheArmysPresenceInAp() {
        JsonNode presence = account(control("2023-11-14"), "FAMa", "presence", "Associated Press");
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
        JsonNode answer = control("2023-11-14");
        List<List<String>> media = new ArrayList<>();
        for (JsonNode d : answer.path("disagreements")) {
            if (d.path("component").asText().equals("medium")) {
                assertEquals("The Malian army's control of Kidal from November 2023", d.path("about").asText());
                media.add(positions(d));
            }
        }
        assertTrue(media.contains(List.of("post on X <- Reuters", "state television flash <- Anadolu Agency, France 24, SeneNews")),
                "Goïta's words on state television (France 24, Anadolu, SeneNews) or on X (Reuters): " + media);
        assertTrue(media.contains(List.of("post on X <- News Ghana", "written statement <- SeneNews")),
                "the army's own announcement: its X account (News Ghana) or a published note (SeneNews): " + media);
    }

    @Test
    void whenRebelRuleBeganIsOneDisagreementWithEachSourcesPosition() {
        JsonNode answer = control("2019-03-01");
        assertEquals(1, components(answer, "begin"), "one begin disagreement: " + answer.path("disagreements"));
        JsonNode begin = disagreement(answer, "begin");
        assertEquals("The Tuareg rebels' rule over Kidal until November 2023", begin.path("about").asText());
        List<String> positions = positions(begin);
        for (String position : List.of("for a decade (2013-09-01 to 2013-12-31) <- France 24",
                "in 2012 (2012-01-01 to 2012-12-31) <- Associated Press",
                "since May 2014 (2014-05-01 to 2014-05-31) <- BBC News, France 24, Reuters",
                "depuis 2013 (2013-01-01 to 2013-12-31) <- SeneNews")) {
            assertTrue(positions.contains(position), position + " among " + positions);
        }
    }

    @Test
    void onSeventeenMay2014TheRebelsHeldPartOfKidalTheGovernorsOfficeWhileTheArmyKeptItsBase() {
        JsonNode answer = control("2014-05-18");
        JsonNode reuters = partial(answer, "TuaregSeparatists", "Reuters");
        assertEquals("2014-05-17", reuters.path("from").path("earliest").asText());
        assertEquals("2014-05-31", reuters.path("until").path("latest").asText(), "ended by the army's expulsion, May 2014 (France 24)");
        assertTrue(reuters.path("until").path("inferred").asBoolean(), "no source states the end");
        JsonNode mnla = partial(answer, "MNLA", "BBC News");
        List<String> mnlaQuotes = values(mnla.path("evidence").path("support"), "quote");
        assertTrue(mnlaQuotes.contains("the MNLA was controlling key parts of Kidal"), mnlaQuotes.toString());
        JsonNode army = account(answer, "FAMa", "presence", "Reuters");
        assertEquals(List.of("take shelter in an army base as rebel fighters attacked"), values(army.path("evidence").path("support"), "quote"));

        String parts = server.sparql(PREFIXES + """
                SELECT ?period ?part WHERE {
                  VALUES ?period { kid:control-kidal-rebels-reuters-2014 kid:control-kidal-mnla-bbc-2014 kid:control-kidal-fama-presence-reuters-2014 }
                  ?period kkg:controlledPart/rdfs:label ?part . FILTER(lang(?part) = "en")
                } ORDER BY ?period ?part""", "text/csv").body();
        assertEquals("""
                period,part\r
                https://w3id.org/kidal-kg/id/control-kidal-fama-presence-reuters-2014,army base in Kidal\r
                https://w3id.org/kidal-kg/id/control-kidal-mnla-bbc-2014,governor's office in Kidal\r
                https://w3id.org/kidal-kg/id/control-kidal-mnla-bbc-2014,key parts of Kidal\r
                https://w3id.org/kidal-kg/id/control-kidal-rebels-reuters-2014,governor's office in Kidal\r
                """, parts);
        String shelter = server.sparql(PREFIXES + """
                SELECT ?quote ?outlet WHERE {
                  ?s kkg:mentions kid:MoussaMara , kid:ArmyBaseKidal . ?c kkg:about ?s ; kkg:evidence/oa:hasSelector/oa:exact ?quote ;
                     kkg:reportedIn/dcterms:publisher/rdfs:label ?outlet .
                }""", "text/csv").body();
        assertEquals("quote,outlet\r\nhe was forced to take shelter in an army base,Reuters\r\n", shelter, "the prime minister sheltered at the army base");
    }

    @Test
    void theCasualtyFiguresOfMay2014SideBySideEachWithWhoGaveItAndWhereItIsReported() {
        List<String> rows = rows(PREFIXES + """
                SELECT ?claimant ?stance ?quote ?outlet WHERE {
                  ?toll kkg:mentions kid:event-clashes-kidal-2014 .
                  ?c kkg:about ?toll ; kkg:claimant/rdfs:label ?claimant ; kkg:stance/skos:prefLabel ?stance ;
                     kkg:evidence/oa:hasSelector/oa:exact ?quote ; kkg:reportedIn/dcterms:publisher/rdfs:label ?outlet .
                  FILTER(CONTAINS(?quote, "killed") || CONTAINS(?quote, "died")) FILTER(lang(?claimant) IN ("en", ""))
                } ORDER BY ?outlet ?claimant""", "claimant", "stance", "quote", "outlet");
        assertEquals(List.of(
                "BBC News | reports without confirming | At least 36 people reportedly died in Kidal | BBC News",
                "Malian defence ministry | asserts | \"Eight members of the armed forces were killed and 25 were wounded, while 28 of the"
                        + " attackers were killed,\" the defence ministry said. | BBC News",
                "Reuters | asserts | who killed at least eight soldiers | Reuters"), rows);
    }

    @Test
    void minusmaLeftKidalOn31October2023ByItsOwnPressReleaseAndFranceTwentyFoursWord() {
        String csv = server.sparql(PREFIXES + """
                SELECT ?claimant ?date ?medium ?doc ?begin WHERE {
                  ?c kkg:about kid:event-minusma-withdrawal-kidal ; kkg:claimant/rdfs:label ?claimant ; kkg:claimDate ?date ;
                     kkg:medium/skos:prefLabel ?medium ; kkg:reportedIn ?doc ; kkg:stance kkg:Asserts .
                  FILTER(lang(?claimant) = "en")
                  kid:event-minusma-withdrawal-kidal kkg:begin/kkg:earliest ?begin ; kkg:agent kid:MINUSMA .
                  FILTER(lang(?claimant) = "en")
                } ORDER BY ?date ?claimant""", "text/csv").body();
        assertEquals("""
                claimant,date,medium,doc,begin\r
                MINUSMA,2023-10-31,written statement,https://w3id.org/kidal-kg/id/doc-minusma-2023-11-01-kidal,2023-10-31\r
                Anadolu Agency,2023-11-14,news report,https://w3id.org/kidal-kg/id/doc-aa-bamada-2023-11-14-kidal-fr,2023-10-31\r
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
        List<String> namings = rows(PREFIXES + """
                SELECT ?name ?language ?actor ?by ?doc WHERE {
                  ?n a kkg:Naming ; kkg:name ?name ; kkg:namedActor/rdfs:label ?actor ; kkg:namedBy/rdfs:label ?by ;
                     kkg:usedIn/kkg:reportedIn ?doc .
                  BIND(lang(?name) AS ?language) FILTER(lang(?actor) = "en" && lang(?by) = "en")
                } ORDER BY ?name""", "name", "language", "actor", "by", "doc");
        assertEquals(List.of(
                "Armed Terrorist Groups (GAT) | en | Tuareg separatist rebels | Malian Armed Forces | " + ID + "doc-newsghana-2023-11-14-kidal",
                "groupes armés terroristes | fr | Permanent Strategic Framework | Assimi Goïta | " + ID + "doc-aa-bamada-2023-11-14-kidal-fr",
                "terroristes | fr | Permanent Strategic Framework | Malian Armed Forces | " + ID + "doc-aa-bamada-2023-11-14-kidal-fr"), namings);
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

    @Test
    void theFrenchSourcesQuotesAreTaggedFrenchAndTheirClaimsReachTheArmysAccount() {
        List<String> languages = rows(PREFIXES + """
                SELECT ?doc (GROUP_CONCAT(DISTINCT lang(?exact)) AS ?languages) (COUNT(?c) AS ?claims) WHERE {
                  VALUES ?doc { kid:doc-aa-bamada-2023-11-14-kidal-fr kid:doc-senenews-2023-11-14-kidal-fr kid:doc-ap-2023-11-14-kidal }
                  ?c kkg:reportedIn ?doc ; kkg:evidence/oa:hasSelector/oa:exact ?exact .
                } GROUP BY ?doc ORDER BY ?doc""", "doc", "languages", "claims");
        assertEquals(List.of(ID + "doc-aa-bamada-2023-11-14-kidal-fr | fr | 13", ID + "doc-ap-2023-11-14-kidal |  | 9",
                ID + "doc-senenews-2023-11-14-kidal-fr | fr | 14"), languages, "French quotes tagged fr, English ones plain");
        JsonNode army = account(control("2023-11-14"), "FAMa", "effective control");
        JsonNode goita = null;
        for (JsonNode c : army.path("evidence").path("support")) {
            if (c.path("claim").asText().equals(ID + "claim-senenews-goita-flash")) {
                goita = c;
            }
        }
        assertTrue(goita != null, "SeneNews' Goïta among the support");
        assertEquals("state television flash", goita.path("medium").asText());
        assertTrue(goita.path("quote").asText().startsWith("« Aujourd’hui nos forces armées et de sécurité se sont emparées de Kidal »"),
                goita.toString());
    }

    @Test
    void fromTwentiethDecember2023TheArmyHoldsTheTownsOfTheRegionAndTheCspAbeibaraAndTheCountryside() {
        HttpResponse<String> response = server.get("/api/control?place=" + RunningServer.encode("Kidal Region") + "&at=2023-12-20",
                "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = Json.parse(response.body());
        JsonNode army = partial(answer, "FAMa", "Wikipedia");
        assertEquals("certain", army.path("certainty").asText());
        assertEquals("2023-12-20", army.path("from").path("earliest").asText());
        JsonNode csp = partial(answer, "PSC", "Wikipedia");
        assertEquals("2023-12-01", csp.path("from").path("earliest").asText());
        assertEquals("beginning in December", csp.path("from").path("text").asText());
        List<String> parts = rows(PREFIXES + """
                SELECT ?holder ?part WHERE {
                  VALUES ?period { kid:control-kidal-region-fama-wikipedia-2023 kid:control-kidal-region-csp-wikipedia-2023 }
                  GRAPH ?g { ?period kkg:controller ?who } FILTER(STRSTARTS(STR(?g), "https://w3id.org/kidal-kg/graph/source/"))
                  ?period kkg:territory kid:KidalRegion ; kkg:controlledPart/rdfs:label ?part . ?who rdfs:label ?holder .
                  FILTER(lang(?holder) = "en" && lang(?part) = "en")
                } ORDER BY ?holder ?part""", "holder", "part");
        assertEquals(List.of("Malian Armed Forces | Aguelhok", "Malian Armed Forces | Anéfis", "Malian Armed Forces | Kidal",
                "Malian Armed Forces | Tessalit", "Permanent Strategic Framework | Abeibara",
                "Permanent Strategic Framework | rural areas of the Kidal region"), parts);
        JsonNode town = account(control("2023-12-20"), "FAMa", "effective control");
        assertEquals("certain", town.path("certainty").asText(), "the army holds the city of Kidal on Wikipedia's word too");
        assertTrue(values(town.path("evidence").path("sources"), "outlet").contains("Wikipedia"), town.toString());
        assertTrue(control("2023-12-20").path("controllers").findValues("actor").stream()
                .noneMatch(a -> a.path("iri").asText().equals(ID + "PSC")), "the CSP holds no part of the town");
    }

    @Test
    void everySourceIsListedAndTheTimelinesShowTheirAccounts() {
        JsonNode sources = Json.parse(server.get("/api/sources", "application/json").body()).path("sources");
        List<String> documents = sorted(values(sources, "iri"));
        assertEquals(List.of("aa-bamada-2023-11-14-kidal-fr", "ap-2023-11-14-kidal", "bbc-2014-05-18-kidal", "france24-kidal-2023-11-14",
                "minusma-2023-11-01-kidal", "newsghana-2023-11-14-kidal", "reuters-2014-05-18-kidal", "reuters-2023-11-14-kidal",
                "senenews-2023-11-14-kidal-fr", "wikipedia-kidal-offensive"),
                documents.stream().map(d -> d.replace(ID + "doc-", "")).toList());
        List<String> outlets = new ArrayList<>();
        for (String place : List.of("Kidal", RunningServer.encode("Kidal Region"))) {
            JsonNode timeline = Json.parse(server.get("/api/timeline?place=" + place, "application/json").body());
            timeline.path("periods").forEach(p -> outlets.addAll(values(p.path("evidence").path("sources"), "outlet")));
        }
        assertEquals(List.of("Anadolu Agency", "Associated Press", "BBC News", "France 24", "News Ghana", "Reuters", "SeneNews", "Wikipedia"),
                sorted(outlets), "every outlet with a word on control (MINUSMA's release speaks of its departure only)");
    }

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX kkg:  <https://w3id.org/kidal-kg/ontology#>
            PREFIX kid:  <https://w3id.org/kidal-kg/id/>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
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

    /** The account of {@code actor} of that kind reported by {@code outlet}. */
    private static JsonNode account(JsonNode answer, String actor, String kind, String outlet) {
        for (JsonNode c : answer.path("controllers")) {
            if (c.path("actor").path("iri").asText().equals(ID + actor) && c.path("kind").asText().equals(kind)
                    && values(c.path("evidence").path("sources"), "outlet").contains(outlet)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " by " + actor + " in " + outlet + ": " + answer);
    }

    /** The rows of a SELECT, each its variables' values joined by " | ". */
    private static List<String> rows(String query, String... variables) {
        JsonNode results = Json.parse(server.sparql(query, "application/sparql-results+json").body());
        List<String> out = new ArrayList<>();
        results.path("results").path("bindings").forEach(b -> {
            List<String> cells = new ArrayList<>();
            for (String v : variables) {
                cells.add(b.path(v).path("value").asText());
            }
            out.add(String.join(" | ", cells));
        });
        return out;
    }

    /** The account of {@code actor}'s partial control reported by {@code outlet}. */
    private static JsonNode partial(JsonNode answer, String actor, String outlet) {
        for (JsonNode c : answer.path("controllers")) {
            if (c.path("actor").path("iri").asText().equals(ID + actor) && c.path("extent").asText().equals("partial")
                    && values(c.path("evidence").path("sources"), "outlet").contains(outlet)) {
                return c;
            }
        }
        throw new AssertionError("no partial control by " + actor + " in " + outlet + ": " + answer);
    }

    private static long components(JsonNode answer, String component) {
        List<String> found = values(answer.path("disagreements"), "component");
        return found.stream().filter(component::equals).count();
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
