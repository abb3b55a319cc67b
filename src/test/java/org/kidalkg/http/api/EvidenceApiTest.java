package org.kidalkg.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each answer says how well it is supported (issue 13): the evidential status in words, the sources, and the
 * claims by role, a caveat never counted as support; and where sources part ways, the disagreements.
 */
class EvidenceApiTest {
    private static final String KID = "https://w3id.org/kidal-kg/id/";

    @Test
    void theArmysControlIsConfirmedByItsAdversaryWithFrance24sCaveatsApart() {
        JsonNode army = controller(RunningServer.shared(), "2023-11-14", KID + "FAMa");
        JsonNode evidence = army.path("evidence");
        assertEquals("confirmed by adversary", evidence.path("status").asText(), army.toString());
        assertEquals("unclear", army.path("extent").asText(), "France 24: the extent of the military's control is unclear");
        Set<String> support = claims(evidence.path("support"));
        Set<String> caveats = claims(evidence.path("caveats"));
        assertTrue(support.containsAll(List.of(KID + "claim-goita-takeover", KID + "claim-fama-announces-takeover",
                KID + "claim-rebellion-acknowledges-loss")), "Goïta's words, the army's post and the rebels' acknowledgement: " + support);
        assertTrue(caveats.containsAll(List.of(KID + "claim-f24-control-extent-unclear", KID + "claim-f24-no-image-released",
                KID + "claim-f24-no-access-to-field")), "France 24's caveats, the document's own among them: " + caveats);
        assertTrue(support.stream().noneMatch(caveats::contains), "a caveat is never support");
        JsonNode source = evidence.path("sources").get(0);
        assertEquals(KID + "doc-france24-kidal-2023-11-14", source.path("iri").asText());
        assertEquals("France 24", source.path("outlet").asText());
        assertEquals("2023-11-14", source.path("published").asText());
        assertFalse(army.path("basis").isEmpty(), "existing fields stay");
    }

    @Test
    void aSecondOutletsAccountIsShownWithItsSourceAndTheDisagreementsOnBeginAndEnd() {
        try (RunningServer server = serverWith("closed")) {
            JsonNode answer = Json.parse(server.get("/api/control?place=Kidal&at=2023-11-14", "application/json").body());
            JsonNode cma = find(answer.path("controllers"), KID + "CMA");
            assertEquals("single source", cma.path("evidence").path("status").asText(), cma.toString());
            assertEquals("Example Wire", cma.path("evidence").path("sources").get(0).path("outlet").asText());
            assertEquals("2023-11-15", cma.path("until").path("earliest").asText(), "the second outlet's own end, no invented one");
            List<String> components = new ArrayList<>();
            for (JsonNode d : answer.path("disagreements")) {
                components.add(d.path("component").asText());
                for (JsonNode p : d.path("positions")) {
                    assertFalse(p.path("sources").isEmpty(), "each position names its sources: " + d);
                }
            }
            assertTrue(components.contains("begin") && components.contains("end"), "disagreements on the begin and on the end: " + components);
            JsonNode timeline = Json.parse(server.get("/api/timeline?place=Kidal", "application/json").body());
            assertTrue(timeline.path("disagreements").size() >= 2, timeline.path("disagreements").toString());
            for (JsonNode period : timeline.path("periods")) {
                assertTrue(period.path("evidence").has("status"), "every account carries its evidence: " + period);
            }
        }
    }

    @Test
    void theBeginDisagreementOn2019NamesTheAccountsTakingEachPositionAsTheControllersPeriods() {
        JsonNode answer = Json.parse(RunningServer.shared().get("/api/control?place=Kidal&at=2019-03-01", "application/json").body());
        Set<String> periods = new TreeSet<>();
        for (JsonNode c : answer.path("controllers")) {
            assertTrue(c.path("period").asText().startsWith(KID + "control-"), "every controller names its period: " + c);
            periods.add(c.path("period").asText());
        }
        JsonNode begin = component(answer.path("disagreements"), "begin");
        Set<String> accounts = new TreeSet<>();
        for (JsonNode p : begin.path("positions")) {
            assertEquals(1, p.path("accounts").size(), "one account per begin here: " + p);
            accounts.add(p.path("accounts").get(0).asText());
        }
        assertEquals(Set.of(KID + "control-kidal-separatists-ap-2012", KID + "control-kidal-separatists-decade",
                KID + "control-kidal-separatists-2014", KID + "control-kidal-cma-senenews-2013"), accounts, begin.toString());
        assertTrue(periods.containsAll(accounts), "each account is a controller of the answer: " + periods);
    }

    @Test
    void everyTimelinePeriodNamesItsIriAndEveryDisagreementsAccountIsOneOfThem() {
        JsonNode timeline = Json.parse(RunningServer.shared().get("/api/timeline?place=Kidal", "application/json").body());
        Set<String> periods = new TreeSet<>();
        for (JsonNode p : timeline.path("periods")) {
            assertTrue(p.path("period").asText().startsWith(KID), "every period names its IRI: " + p);
            periods.add(p.path("period").asText());
        }
        JsonNode begin = component(timeline.path("disagreements"), "begin");
        for (JsonNode p : begin.path("positions")) {
            assertFalse(p.path("accounts").isEmpty(), "each position names its accounts: " + p);
            p.path("accounts").forEach(a -> assertTrue(periods.contains(a.asText()), a + " is a row of the timeline: " + periods));
        }
    }

    @Test
    void theOpenVariantInventsNoEndInMay2014() {
        try (RunningServer server = serverWith("open")) {
            JsonNode answer = Json.parse(server.get("/api/control?place=Kidal&at=2019-03-01", "application/json").body());
            JsonNode cma = find(answer.path("controllers"), KID + "CMA");
            assertTrue(cma.path("until").isMissingNode() || cma.path("until").isNull()
                    || !cma.path("until").path("earliest").asText().startsWith("2014"), "no end in May 2014: " + cma);
            assertEquals(KID + "TuaregSeparatists", find(answer.path("controllers"), KID + "TuaregSeparatists").path("actor").path("iri").asText());
        }
    }

    @Test
    void theRebelsDenialMakesTheArmysAccountDisputedAndIsNoSupport() {
        try (RunningServer server = serverWith("denial")) {
            JsonNode army = controller(server, "2023-11-14", KID + "FAMa");
            assertEquals("disputed", army.path("evidence").path("status").asText(), army.toString());
            Set<String> contest = claims(army.path("evidence").path("contest"));
            assertEquals(Set.of(KID + "claim-example-radio-psc-denies-army-control"), contest);
            assertFalse(claims(army.path("evidence").path("support")).contains(KID + "claim-example-radio-psc-denies-army-control"));
        }
    }

    @Test
    void sourcesListsEveryDocumentWithOutletDateLanguageAndClaims() {
        try (RunningServer server = serverWith("closed")) {
            JsonNode sources = Json.parse(server.get("/api/sources", "application/json").body()).path("sources");
            Set<String> outlets = new TreeSet<>();
            for (JsonNode s : sources) {
                outlets.add(s.path("outlet").asText());
                assertTrue(s.path("claims").asInt() > 0 && s.has("published") && s.has("language") && s.has("title"), s.toString());
            }
            assertEquals(Set.of("Anadolu Agency", "Associated Press", "BBC News", "Example Wire", "France 24", "MINUSMA", "News Ghana", "Reuters", "SeneNews", "Wikipedia"), outlets);
        }
    }

    private static RunningServer serverWith(String fixture) {
        Sources sources = new Sources(SourceBundle.builtIn(), List.of(Path.of("src/test/resources/multisource", fixture)));
        return RunningServer.start(ServerConfig.defaults().withPort(0),
                KnowledgeStore.inMemory(PrebuiltGraph.orBuild(sources, line -> { }).dataset()), BuiltInGraph.queries());
    }

    private static JsonNode controller(RunningServer server, String at, String actor) {
        var response = server.get("/api/control?place=Kidal&at=" + at, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return find(Json.parse(response.body()).path("controllers"), actor);
    }

    private static JsonNode find(JsonNode controllers, String actor) {
        for (JsonNode c : controllers) {
            if (c.path("actor").path("iri").asText().equals(actor)) {
                return c;
            }
        }
        throw new AssertionError(actor + " not among the controllers: " + controllers);
    }

    private static JsonNode component(JsonNode disagreements, String component) {
        for (JsonNode d : disagreements) {
            if (d.path("component").asText().equals(component)) {
                return d;
            }
        }
        throw new AssertionError("no disagreement on the " + component + ": " + disagreements);
    }

    private static Set<String> claims(JsonNode list) {
        Set<String> out = new TreeSet<>();
        list.forEach(c -> out.add(c.path("claim").asText()));
        return out;
    }
}
