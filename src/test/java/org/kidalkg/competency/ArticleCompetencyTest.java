package org.kidalkg.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

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

    private static final String ID = "https://w3id.org/kidal-kg/id/";
    private static final RunningServer server = RunningServer.shared();

    /**
     * Who was in Kidal on the article's word: its two accounts of the rebels' hold ("for a decade", from late 2013;
     * "since May 2014"), the army's presence until it was driven out in May 2014 and MINUSMA's until 31 October 2023
     * (the article dates neither begin, so both are only possible before their end), the army's control from 14 November.
     */
    @ParameterizedTest(name = "Kidal on {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2013-06-01 | MINUSMA presence=possible;Malian Armed Forces presence=possible;Malian state presence=possible",
            "2013-10-15 | MINUSMA presence=possible;Malian Armed Forces presence=possible;Malian state presence=possible;"
                    + "Tuareg separatist rebels effective control=possible",
            "2014-04-30 | MINUSMA presence=possible;Malian Armed Forces presence=possible;Malian state presence=possible;"
                    + "Tuareg separatist rebels effective control=certain",
            "2014-05-15 | MINUSMA presence=possible;Malian Armed Forces presence=possible;Malian state presence=possible;"
                    + "Tuareg separatist rebels effective control=certain;Tuareg separatist rebels effective control=possible",
            "2014-06-15 | MINUSMA presence=possible;Tuareg separatist rebels effective control=certain",
            "2019-03-01 | MINUSMA presence=possible;Tuareg separatist rebels effective control=certain",
            "2023-10-30 | MINUSMA presence=possible;Tuareg separatist rebels effective control=certain",
            "2023-11-01 | Tuareg separatist rebels effective control=certain",
            "2023-11-08 | Tuareg separatist rebels effective control=certain",
            "2023-11-13 | Tuareg separatist rebels effective control=possible",
            "2023-11-14 | Malian Armed Forces effective control=certain;Malian state effective control=certain",
            "2023-11-20 | Malian Armed Forces effective control=certain;Malian state effective control=certain", // Wikipedia: held to 20 December
            "2024-01-10 | Malian Armed Forces effective control=possible;Malian state effective control=possible",
    })
    void whoControlledKidal(String date, String expected) {
        HttpResponse<String> response = server.get("/queries/who-controlled?place=Kidal&at=" + date, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        List<String> labels = Json.column(response.body(), "controllerLabel");
        List<String> kinds = Json.column(response.body(), "kind");
        List<String> certainty = Json.column(response.body(), "certainty");
        List<String> sources = Json.column(response.body(), "source");
        TreeSet<String> actual = new TreeSet<>();
        for (int i = 0; i < labels.size(); i++) {
            if (sources.get(i).equals(ID + "doc-france24-kidal-2023-11-14")) { // the article's word
                actual.add(labels.get(i) + " " + kinds.get(i) + "=" + certainty.get(i));
            }
        }
        assertEquals(expected, String.join(";", actual));
    }

    @Test
    void theTakeoverIsClaimedByTheJuntaAcknowledgedByThePscCaveatedByFranceTwentyFourAndNotIndependentlyVerified() {
        String query = PREFIXES + """
                SELECT DISTINCT ?who ?stance WHERE {
                  ?claim kkg:about kid:control-kidal-fama-2023 ; kkg:stance/skos:prefLabel ?stance ;
                         prov:wasAttributedTo/rdfs:label ?who . FILTER(lang(?who) = "en")
                } ORDER BY ?who ?stance""";
        String csv = server.sparql(query, "text/csv").body();
        assertTrue(csv.contains("Malian military junta,asserts"), csv);
        assertTrue(csv.contains("Permanent Strategic Framework,acknowledges"), csv);
        assertTrue(csv.contains("France 24,caveats"), csv);
        assertTrue(!csv.contains("Tuareg separatist rebels") && !csv.contains("France 24,asserts"), "the rebellion is the PSC; a caveat is no assertion: " + csv);
        String verified = PREFIXES + """
                ASK { ?c kkg:about kid:control-kidal-fama-2023 ; kkg:verification kkg:IndependentlyVerified }""";
        assertEquals("false", Json.parse(server.sparql(verified, "application/sparql-results+json").body()).path("boolean").asText());
    }

    @Test
    void anAffiliationReadsBothWays() {
        // The article says the collective is affiliated with the junta; kkg:affiliatedWith is symmetric (owl-symmetric).
        for (String pair : List.of("kid:CDM kkg:affiliatedWith kid:MalianJunta", "kid:MalianJunta kkg:affiliatedWith kid:CDM")) {
            String ask = PREFIXES + "ASK { " + pair + " }";
            assertEquals("true", Json.parse(server.sparql(ask, "application/sparql-results+json").body()).path("boolean").asText(), pair);
        }
    }

    @Test
    void aWikidataItemLeadsToOurRecordsThroughOneSameAsHop() {
        // docs/linked-data.md, "owl:sameAs": nothing is copied onto the Wikidata IRI; the query follows the link.
        String copied = PREFIXES + "ASK { <http://www.wikidata.org/entity/Q650100> a kkg:City }";
        assertEquals("false", Json.parse(server.sparql(copied, "application/sparql-results+json").body()).path("boolean").asText());
        String query = PREFIXES + """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT DISTINCT ?controllerLabel WHERE {
                  ?place owl:sameAs <http://www.wikidata.org/entity/Q650100> .
                  ?period kkg:territory ?place ; kkg:controller/rdfs:label ?controllerLabel .
                }""";
        List<String> controllers = Json.column(server.sparql(query, "application/sparql-results+json").body(), "controllerLabel");
        assertTrue(controllers.contains("Malian Armed Forces") && controllers.contains("Tuareg separatist rebels"), controllers.toString());
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
                https://w3id.org/kidal-kg/id/MalianJunta,https://w3id.org/kidal-kg/id/stmt-wagner-present-in-mali\r
                """, csv);
    }

    @Test
    void disputedPropositionsAreInferred() {
        String query = PREFIXES + "SELECT ?p WHERE { ?p a kkg:DisputedProposition } ORDER BY ?p";
        assertEquals(List.of("https://w3id.org/kidal-kg/id/event-airstrikes-civilian-deaths"),
                Json.column(server.sparql(query, "application/sparql-results+json").body(), "p"),
                "Wagner's part in the offensive is asserted only: the junta denies another proposition, Wagner's presence in Mali");
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
                  ?place rdfs:label ?placeLabel FILTER(lang(?placeLabel) = "en") }""";
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

    // --- The mended encoding (issue 14): one test per mending, over HTTP ---

    @Test
    void forADecadeIsItsOwnAccountOfTheRebelsHoldAndAPositionOnWhenItBegan() {
        JsonNode answer = control("Kidal", "2019-03-01");
        List<String> begins = new ArrayList<>();
        for (JsonNode c : answer.path("controllers")) {
            if (c.path("actor").path("iri").asText().equals(ID + "TuaregSeparatists") && sources(c).contains(F24)) {
                begins.add(c.path("from").path("text").asText() + " " + c.path("from").path("earliest").asText() + " "
                        + c.path("from").path("latest").asText());
            }
        }
        assertEquals(List.of("for a decade 2013-09-01 2013-12-31", "since May 2014 2014-05-01 2014-05-31"), begins,
                "two accounts in one article, about late 2013 and May 2014");
        String precision = server.sparql(PREFIXES + """
                SELECT ?p WHERE { kid:control-kidal-separatists-decade kkg:begin/kkg:precision ?p ;
                                  kkg:describes kid:situation-kidal-rebel-rule }""", "text/csv").body();
        assertEquals("p\r\nhttps://w3id.org/kidal-kg/ontology#DecadePrecision\r\n", precision);
        JsonNode begin = CorpusCompetencyTest.disagreement(answer, "begin");
        List<String> positions = new ArrayList<>();
        begin.path("positions").forEach(p -> p.path("sources").forEach(src -> positions.add(p.path("value").asText() + " <- "
                + src.path("outlet").asText())));
        assertTrue(positions.containsAll(List.of("for a decade (2013-09-01 to 2013-12-31) <- France 24",
                "since May 2014 (2014-05-01 to 2014-05-31) <- France 24")), positions.toString());
    }

    @Test
    void theRebellionsAcknowledgementAndThePscsStatementAreOneVoiceOnTheEndOfItsOwnHold() {
        String csv = server.sparql(PREFIXES + """
                SELECT ?claim ?claimant ?medium ?about WHERE {
                  VALUES ?claim { kid:claim-rebellion-acknowledges-loss kid:claim-psc-acknowledges-withdrawal }
                  ?claim kkg:claimant ?claimant ; kkg:stance kkg:Acknowledges ; kkg:medium ?medium ; kkg:about ?about .
                } ORDER BY ?claim""", "text/csv").body();
        assertEquals("""
                claim,claimant,medium,about\r
                https://w3id.org/kidal-kg/id/claim-psc-acknowledges-withdrawal,https://w3id.org/kidal-kg/id/PSC,https://w3id.org/kidal-kg/ontology#WrittenStatement,https://w3id.org/kidal-kg/id/event-rebel-withdrawal-kidal\r
                https://w3id.org/kidal-kg/id/claim-rebellion-acknowledges-loss,https://w3id.org/kidal-kg/id/PSC,https://w3id.org/kidal-kg/ontology#WrittenStatement,https://w3id.org/kidal-kg/id/control-kidal-fama-2023\r
                """, csv);
        String ends = server.sparql(PREFIXES + """
                SELECT ?hold WHERE { kid:event-rebel-withdrawal-kidal kkg:endsControl ?hold } ORDER BY ?hold""", "text/csv").body();
        assertEquals("hold\r\n" + ID + "control-kidal-separatists-2014\r\n" + ID + "control-kidal-separatists-decade\r\n", ends,
                "what the PSC acknowledges ends both of the article's accounts of its hold");
        JsonNode army = account(control("Kidal", "2023-11-14"), "FAMa", "effective control");
        assertEquals("confirmed by adversary", army.path("evidence").path("status").asText(), "the PSC is the side the army took Kidal from");
    }

    @Test
    void theTwoOfficersDoNotSpeakForTheArmyAndTheirClaimDoesNotCarryThePscsResistance() {
        List<String> armys = claimsOf("FAMa");
        assertTrue(!armys.contains(ID + "claim-officers-rebels-left"), "the anonymous officers' words are not the army's: " + armys);
        String officers = server.sparql(PREFIXES + """
                SELECT ?summary ?relay WHERE { kid:claim-officers-rebels-left kkg:about/kkg:summary ?summary ;
                                               kkg:relayedBy/rdfs:label ?relay FILTER(lang(?relay) = "en") }""", "text/csv").body();
        assertEquals("summary,relay\r\nThe rebels withdrew from Kidal before the army entered it.,Agence France-Presse\r\n", officers);
        List<String> psc = claimsOf("PSC");
        assertTrue(psc.contains(ID + "claim-psc-resisted-advance"), "the PSC's resistance is its own claim: " + psc);
        String resisted = server.sparql(PREFIXES + """
                SELECT ?agent ?quote WHERE { kid:claim-psc-resisted-advance kkg:about ?e ; kkg:evidence/oa:hasSelector/oa:exact ?quote .
                  ?e kkg:agent ?agent ; kkg:partOfEvent kid:event-offensive-kidal-2023 }""", "text/csv").body();
        assertEquals("agent,quote\r\n" + ID + "PSC,resisting the advance of the army and the Wagner group for several days\r\n", resisted);
    }

    @Test
    void theAirstrikesHaveNoPerpetratorAndFallWithinTheOffensive() {
        String csv = server.sparql(PREFIXES + """
                SELECT ?earliest ?latest ?offensiveFrom ?offensiveTo (EXISTS { kid:event-airstrikes-civilian-deaths kkg:agent ?a } AS ?perpetrator)
                WHERE {
                  kid:event-airstrikes-civilian-deaths kkg:begin [ kkg:earliest ?earliest ; kkg:latest ?latest ] ;
                      kkg:partOfEvent kid:event-offensive-kidal-2023 .
                  kid:event-offensive-kidal-2023 kkg:begin/kkg:earliest ?offensiveFrom ; kkg:end/kkg:latest ?offensiveTo .
                }""", "text/csv").body();
        assertEquals("earliest,latest,offensiveFrom,offensiveTo,perpetrator\r\n2023-11-09,2023-11-14,2023-11-09,2023-11-14,false\r\n", csv);
    }

    @Test
    void theArmysPostSupportsItsControlAmongItsClaimsInTheChiefOfTheGeneralStaffsName() {
        JsonNode army = account(control("Kidal", "2023-11-14"), "FAMa", "effective control");
        JsonNode post = null;
        for (JsonNode claim : army.path("evidence").path("support")) {
            if (claim.path("claim").asText().equals(ID + "claim-fama-x-post")) {
                post = claim;
            }
        }
        assertTrue(post != null, "the post is support of the army's control: " + army.path("evidence").path("support"));
        assertEquals(ID + "ChiefOfGeneralStaff", post.path("claimant").path("iri").asText());
        assertEquals("post on X", post.path("medium").asText());
        assertTrue(claimsOf("FAMa").contains(ID + "claim-fama-x-post"), "the chief speaks for the army");
        String chain = server.get("/queries/account-evidence?place=Kidal", "text/csv").body();
        assertTrue(chain.lines().anyMatch(l -> l.contains("claim-fama-x-post,support,asserts,Chief of the General Staff of the Armed Forces,"
                + "Malian Armed Forces,FAMa public-relations directorate,")), "author, on behalf of, account that posted it");
    }

    @Test
    void noTollCouldBeEstablishedIsACaveatAboutTheToll() {
        String csv = server.sparql(PREFIXES + """
                SELECT ?stance ?kind ?about ?mentions WHERE {
                  kid:claim-f24-column-toll-not-established kkg:stance ?stance ; kkg:caveatKind ?kind ; kkg:about ?about .
                  ?about a kkg:Statement ; kkg:mentions ?mentions . FILTER(?mentions = kid:event-attack-on-column) }""", "text/csv").body();
        assertEquals("stance,kind,about,mentions\r\nhttps://w3id.org/kidal-kg/ontology#Caveats,https://w3id.org/kidal-kg/ontology#TollNotEstablished,"
                + ID + "stmt-attack-on-column-toll," + ID + "event-attack-on-column\r\n", csv);
        String attack = server.sparql(PREFIXES + "ASK { kid:event-attack-on-column kkg:casualties ?c }", "application/sparql-results+json").body();
        assertEquals("false", Json.parse(attack).path("boolean").asText(), "the attack carries no toll the article does not give");
    }

    @Test
    void theArticlesCaveatsAreCaveatsNeverSupport() {
        JsonNode evidence = account(control("Kidal", "2023-11-14"), "FAMa", "effective control").path("evidence");
        List<String> caveats = new ArrayList<>();
        evidence.path("caveats").forEach(c -> {
            if (c.path("source").path("iri").asText().equals(F24)) {
                caveats.add(c.path("claim").asText().replace(ID, "") + " " + c.path("stance").asText());
            }
        });
        assertEquals(List.of("claim-f24-control-extent-unclear caveats", "claim-f24-no-access-to-field caveats",
                "claim-f24-no-image-released caveats"), caveats.stream().sorted().distinct().toList());
        evidence.path("support").forEach(c -> assertTrue(!c.path("claimant").path("iri").asText().equals(ID + "France24"), c.toString()));
    }

    @Test
    void theArmyWasInKidalUntilDrivenOutInMay2014() {
        JsonNode presence = account(control("Kidal", "2014-05-10"), "FAMa", "presence");
        assertEquals("possible", presence.path("certainty").asText(), "driven out some time in May 2014");
        assertTrue(presence.path("from").path("earliest").isNull(), "the article does not say since when");
        assertEquals("2014-05-01", presence.path("until").path("earliest").asText());
        assertEquals("2014-05-31", presence.path("until").path("latest").asText());
        assertEquals(List.of(ID + "claim-f24-army-in-kidal-until-2014"), values(presence.path("basis"), "claim"));
        assertTrue(accounts(control("Kidal", "2014-06-15"), "FAMa").isEmpty(), "not there after May 2014");
    }

    @Test
    void minusmaWasInKidalUntil31October2023() {
        JsonNode minusma = account(control("Kidal", "2023-10-30"), "MINUSMA", "presence");
        assertEquals("2023-10-31", minusma.path("until").path("earliest").asText());
        assertEquals("on 31 October", minusma.path("until").path("text").asText());
        assertEquals(List.of("France 24"), values(minusma.path("evidence").path("sources"), "outlet"));
        assertTrue(accounts(control("Kidal", "2023-11-01"), "MINUSMA").isEmpty(), "gone on 1 November");
    }

    @Test
    void theColumnWasAtAnefisFromTheBeginningOfOctober() {
        JsonNode column = account(control("Anefis", "2023-10-20"), "FAMa", "presence");
        assertEquals("certain", column.path("certainty").asText());
        assertEquals("since the beginning of October", column.path("from").path("text").asText());
        assertEquals("2023-10-01", column.path("from").path("earliest").asText());
        assertEquals("at the end of last week", column.path("until").path("text").asText());
        assertTrue(accounts(control("Anefis", "2023-11-13"), "FAMa").isEmpty(), "it set off at the end of the week before");
    }

    @Test
    void theJuntaDeniesWagnersPresenceInMaliAndTheRebelsAndThePscAreOneSideOnItsPartInTheOffensive() {
        String denial = server.sparql(PREFIXES + """
                SELECT ?summary WHERE { kid:claim-junta-denies-wagner kkg:stance kkg:Denies ; kkg:about ?p .
                  ?p kkg:summary ?summary ; kkg:mentions kid:Wagner , kid:Mali }""", "text/csv").body();
        assertEquals("summary\r\n\"The Wagner Group, the Russian private security group, is present in Mali.\"\r\n", denial);
        String side = server.sparql(PREFIXES + """
                SELECT ?claimant (COUNT(?c) AS ?claims) WHERE {
                  ?c kkg:about kid:participation-wagner-offensive ; kkg:claimant ?claimant ; kkg:reportedIn kid:doc-france24-kidal-2023-11-14 .
                } GROUP BY ?claimant ORDER BY ?claimant""", "text/csv").body();
        assertEquals("claimant,claims\r\n" + ID + "ElectedOfficials,1\r\n" + ID + "PSC,2\r\n", side,
                "\"according to rebels\" and the PSC's statement: one side");
    }

    @Test
    void goitasMessageWentOutInASpecialFlashOnStateTelevision() {
        String csv = server.sparql(PREFIXES + """
                SELECT ?medium ?relay WHERE { kid:claim-goita-takeover kkg:medium/skos:prefLabel ?medium ;
                  kkg:relayedBy/rdfs:label ?relay FILTER(lang(?relay) = "en") }""", "text/csv").body();
        assertEquals("medium,relay\r\nstate television flash,Malian state television\r\n", csv);
        String chain = server.get("/queries/account-evidence?place=Kidal", "text/csv").body();
        assertTrue(chain.lines().anyMatch(l -> l.contains("claim-goita-takeover,support,asserts,Assimi Goïta,Malian military junta,Malian state television,")),
                "outlet <- state television <- Goïta, for the junta");
    }

    private static final String F24 = ID + "doc-france24-kidal-2023-11-14";

    private static JsonNode control(String place, String at) {
        HttpResponse<String> response = server.get("/api/control?place=" + place + "&at=" + at, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    /** The France 24 accounts of {@code actor} in an answer. */
    private static List<JsonNode> accounts(JsonNode answer, String actor) {
        List<JsonNode> out = new ArrayList<>();
        answer.path("controllers").forEach(c -> {
            if (c.path("actor").path("iri").asText().equals(ID + actor) && sources(c).contains(F24)) {
                out.add(c);
            }
        });
        return out;
    }

    private static JsonNode account(JsonNode answer, String actor, String kind) {
        return accounts(answer, actor).stream().filter(c -> c.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " by " + actor + " on France 24's word in " + answer));
    }

    private static List<String> sources(JsonNode account) {
        return values(account.path("evidence").path("sources"), "iri");
    }

    /** The claims the named query claims-by finds for {@code claimant}: its own and those made on its behalf. */
    private static List<String> claimsOf(String claimant) {
        HttpResponse<String> response = server.get("/queries/claims-by?claimant=kid:" + claimant, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        return Json.column(response.body(), "claim");
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }
}
