package org.kidalkg.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** The article's competency questions over HTTP: who controlled Kidal on the dates that matter, and on whose word. */
class ControlApiTest {
    private static final String ID = "https://w3id.org/kidal-kg/id/";
    private static final RunningServer server = RunningServer.shared();

    @Test
    void beforeLate2013TheArticleIsSilentOnControlAndOnlyApDatesTheRebelsHoldFrom2012() {
        for (String at : List.of("2011-06-01", "2013-06-01")) {
            assertEquals(List.of(), summary(inControl(onFrance24(control("Kidal", at)))), at);
        }
        assertEquals(List.of("TuaregSeparatists certain"), summary(inControl(onFrance24(control("Kidal", "2014-04-30")))),
                "France 24's \"for a decade\" (from late 2013) before its \"since May 2014\"");
        assertEquals(List.of(), summary(inControl(control("Kidal", "2011-06-01"))));
        JsonNode answer = control("Kidal", "2013-06-01");
        assertEquals(List.of("TuaregSeparatists certain", "CMA possible"), summary(inControl(answer)), "AP's 2012, and SeneNews' CMA since 2013");
        JsonNode rebels = inControl(answer).get(0);
        assertEquals("in 2012", rebels.path("from").path("text").asText());
        assertEquals(List.of(ID + "doc-ap-2023-11-14-kidal"), values(rebels.path("evidence").path("sources"), "iri"));
    }

    @Test
    void rebelsPossibleInMay2014CertainFromJune() {
        assertEquals(List.of("TuaregSeparatists certain", "TuaregSeparatists possible"),
                summary(inControl(onFrance24(control("Kidal", "2014-05-15")))), "for a decade, certain; since May 2014, possible");
        assertEquals(List.of("TuaregSeparatists certain", "TuaregSeparatists certain"),
                summary(inControl(onFrance24(control("Kidal", "2014-06-15")))));
        assertEquals(List.of("TuaregSeparatists certain", "CMA certain", "TuaregSeparatists certain", "TuaregSeparatists possible"),
                summary(inControl(control("Kidal", "2014-05-15"))),
                "AP's rebels since 2012 and SeneNews' CMA since 2013 beside France 24's two accounts");
    }

    @Test
    void rebelsIn2019OnFrance24sWord() {
        JsonNode answer = control("Kidal", "2019-03-01");
        assertEquals(ID + "Kidal", answer.path("place").path("iri").asText());
        assertEquals("2019-03-01", answer.path("at").asText());
        JsonNode decade = inControl(onFrance24(answer)).get(0);
        JsonNode rebels = inControl(onFrance24(answer)).get(1);
        assertEquals(List.of("TuaregSeparatists certain", "TuaregSeparatists certain"), summary(inControl(onFrance24(answer))));
        assertEquals(List.of("TuaregSeparatists certain", "CMA certain", "TuaregSeparatists certain", "TuaregSeparatists certain"),
                summary(inControl(answer)), "AP's account, SeneNews' and France 24's two");
        assertEquals("for a decade", decade.path("from").path("text").asText());
        assertEquals("2013-09-01", decade.path("from").path("earliest").asText());
        assertEquals(List.of(ID + "claim-f24-separatists-held-kidal-decade"), values(decade.path("basis"), "claim"));
        assertEquals("effective control", rebels.path("kind").asText());
        assertEquals("since May 2014", rebels.path("from").path("text").asText());
        assertEquals(List.of(ID + "claim-bbc-mnla-rebel-rule-may-2014", ID + "claim-f24-rebels-in-charge-since-2014",
                ID + "claim-reuters14-separatists-hold-kidal"), values(rebels.path("basis"), "claim"),
                "France 24's sentence, and the BBC's and Reuters' words of May 2014");
        JsonNode first = rebels.path("basis").get(1);
        assertEquals("France 24", first.path("claimant").path("label").asText());
        assertEquals("They had been in charge of security and law enforcement in Kidal since then.", first.path("quote").asText());
        assertEquals(ID + "doc-france24-kidal-2023-11-14", first.path("source").path("iri").asText());
    }

    @Test
    void rebelsOnlyPossibleWithinTheirWithdrawalWindow() {
        JsonNode rebels = onFrance24(control("Kidal", "2023-11-13")).get(0);
        assertEquals(List.of("TuaregSeparatists possible", "TuaregSeparatists possible"), summary(onFrance24(control("Kidal", "2023-11-13"))),
                "both of France 24's accounts end with the withdrawal");
        assertEquals(List.of("TuaregSeparatists certain", "TuaregSeparatists certain"), summary(onFrance24(control("Kidal", "2023-11-08"))));
        assertEquals("2023-11-09", rebels.path("until").path("earliest").asText(), "the withdrawal's own window, 9-14 November");
        assertTrue(rebels.path("until").path("inferred").asBoolean(), "no source states the end");
    }

    @Test
    void armyAndInferredStateOnTakeoverDay() {
        JsonNode answer = control("Kidal", "2023-11-14");
        assertEquals(List.of("FAMa certain", "MalianState certain"), summary(onFrance24(answer)));
        assertEquals(List.of("FAMa certain", "MalianState certain", "FAMa certain", "MalianState certain"), summary(answer),
                "France 24's account of the army's control, and AP's of its presence");
        JsonNode army = onFrance24(answer).get(0);
        JsonNode state = onFrance24(answer).get(1);
        assertFalse(army.path("inferred").asBoolean());
        assertTrue(state.path("inferred").asBoolean(), "the state is added by control-by-state");
        assertTrue(army.path("until").isNull());
        JsonNode goita = basis(army, "claim-goita-takeover");
        assertEquals(ID + "AssimiGoita", goita.path("claimant").path("iri").asText());
        assertEquals("asserts", goita.path("stance").asText());
        assertEquals("state television flash", goita.path("medium").asText());
        assertEquals("Today our armed and security forces have taken over Kidal", goita.path("quote").asText());
        assertFalse(goita.path("verified").asBoolean());
        JsonNode rebels = basis(army, "claim-rebellion-acknowledges-loss");
        assertEquals(ID + "PSC", rebels.path("claimant").path("iri").asText(), "the rebellion is the PSC, one voice");
        assertEquals("written statement", rebels.path("medium").asText());
        assertEquals("acknowledges", rebels.path("stance").asText());
        assertEquals("The rebellion acknowledged the loss of Kidal.", rebels.path("quote").asText());
    }

    @Test
    void afterPublicationTheArmyIsOnlyPossible() {
        assertEquals(List.of("FAMa certain", "MalianState certain"), summary(onFrance24(control("Kidal", "2023-11-20"))),
                "Wikipedia, of 20 December 2023, says the army held the town: the account is known up to then");
        JsonNode answer = control("Kidal", "2024-01-10");
        assertEquals(List.of("FAMa possible", "MalianState possible"), summary(onFrance24(answer)));
        assertEquals("2023-12-20", onFrance24(answer).get(0).path("asOf").asText());
    }

    @Test
    void theWordsSayUnknownAfterTheLastReportAndNeverCertain() {
        JsonNode later = control("Kidal", "2100-01-01").path("controllers").get(0).path("words");
        assertEquals("unknown", later.path("kind").asText());
        assertTrue(later.path("when").asText().startsWith("unknown after 20 Dec 2023 (last reported then)"), later.toString());
        JsonNode rebels = null;
        for (JsonNode c : onFrance24(control("Kidal", "2019-03-01"))) {
            if (c.path("from").path("text").asText().equals("since May 2014")) {
                rebels = c.path("words");
            }
        }
        assertTrue(rebels != null, "France 24's account since May 2014");
        assertEquals("within", rebels.path("kind").asText());
        assertTrue(rebels.path("when").asText().startsWith("within the stated dates: from between 1 May 2014 and 31 May 2014"), rebels.toString());
        assertEquals("corroborated by more than one source: claimed by Attaye Ag Mohamed, France 24, Reuters; 1 caveat",
                rebels.path("onWhoseWord").asText(), "France 24, with the BBC's MNLA spokesman and Reuters of May 2014");
        JsonNode army = control("Kidal", "2023-11-14").path("controllers").get(0).path("words").path("onWhoseWord");
        assertTrue(army.asText().startsWith("confirmed by an adversary: claimed by ") && army.asText().contains("acknowledged by Permanent Strategic Framework"),
                army.toString());
    }

    @Test
    void aliasesAndIrisNameThePlace() {
        List<String> rebels = List.of("TuaregSeparatists certain", "TuaregSeparatists certain");
        assertEquals(rebels, summary(inControl(onFrance24(control("kidal", "2019-03-01")))));
        assertEquals(rebels, summary(inControl(onFrance24(control(ID + "Kidal", "2019-03-01")))));
    }

    @Test
    void timelineInTimeOrderWithoutCertainty() {
        HttpResponse<String> response = server.get("/api/timeline?place=Kidal", null);
        assertEquals(200, response.statusCode());
        JsonNode all = Json.parse(response.body()).path("periods");
        JsonNode periods = inControl(france24s(all));
        assertEquals(List.of("TuaregSeparatists", "TuaregSeparatists", "FAMa", "MalianState"), actors(periods));
        assertEquals(List.of("TuaregSeparatists", "CMA", "TuaregSeparatists", "TuaregSeparatists", "MNLA", "TuaregSeparatists", "FAMa",
                "MalianState"), actors(inControl(all)), "AP's rebels from 2012 first, SeneNews' CMA from 2013, France 24's for a decade and"
                + " since May 2014; on 17 May 2014 the BBC's MNLA and Reuters' rebels");
        assertTrue(periods.get(0).path("certainty").isMissingNode());
        assertEquals(21, periods.get(2).path("basis").size(),
                "the claims of every outlet on the army's control, France 24 to Wikipedia");
    }

    @Test
    void badInputIsJson400Or404NeverA500() {
        assertError(server.get("/api/control?place=Atlantis&at=2020-01-01", null), 404, "place");
        assertError(server.get("/api/control?place=Kidal&at=2023-13-45", null), 400, "at");
        assertError(server.get("/api/control?at=2020-01-01", null), 400, "place");
        assertError(server.get("/api/control?place=Kidal", null), 400, "at");
        assertError(server.get("/api/timeline?place=" + RunningServer.encode("https://example.org/nowhere"), null), 404, "place");
        assertError(server.get("/api/nothing", null), 404, "/api/nothing");
    }

    static void assertError(HttpResponse<String> response, int status, String named) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Json.parse(response.body());
        assertFalse(body.path("error").asText().isEmpty(), response.body());
        assertTrue(body.path("detail").asText().contains(named), response.body());
    }

    private static JsonNode control(String place, String at) {
        HttpResponse<String> response = server.get("/api/control?place=" + RunningServer.encode(place) + "&at=" + at, null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    /** The controllers of an answer whose accounts the France 24 article reports (among other sources, maybe). */
    private static JsonNode onFrance24(JsonNode answer) {
        return france24s(answer.path("controllers"));
    }

    /** The accounts of effective control among {@code accounts} (an answer's controllers, or a list of them): no presences. */
    private static JsonNode inControl(JsonNode accounts) {
        com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        (accounts.isArray() ? accounts : accounts.path("controllers")).forEach(c -> {
            if (c.path("kind").asText().equals("effective control")) {
                out.add(c);
            }
        });
        return out;
    }

    private static JsonNode france24s(JsonNode accounts) {
        com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        accounts.forEach(c -> {
            if (values(c.path("evidence").path("sources"), "iri").contains(ID + "doc-france24-kidal-2023-11-14")) {
                out.add(c);
            }
        });
        return out;
    }

    /** "ActorLocalName certainty" per controller (of an answer, or a list of controllers). */
    private static List<String> summary(JsonNode answer) {
        List<String> out = new ArrayList<>();
        (answer.isArray() ? answer : answer.path("controllers")).forEach(c ->
                out.add(c.path("actor").path("iri").asText().replace(ID, "") + " " + c.path("certainty").asText()));
        return out;
    }

    private static List<String> actors(JsonNode controls) {
        List<String> out = new ArrayList<>();
        controls.forEach(c -> out.add(c.path("actor").path("iri").asText().replace(ID, "")));
        return out;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static JsonNode basis(JsonNode control, String claim) {
        for (JsonNode b : control.path("basis")) {
            if (b.path("claim").asText().equals(ID + claim)) {
                return b;
            }
        }
        throw new AssertionError("no " + claim + " in the basis: " + control.path("basis"));
    }
}
