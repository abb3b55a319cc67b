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
    void nobodyBeforeMay2014TheArticleIsSilent() {
        for (String at : List.of("2011-06-01", "2013-06-01", "2014-04-30")) {
            assertEquals(0, control("Kidal", at).path("controllers").size(), at);
        }
    }

    @Test
    void rebelsPossibleInMay2014CertainFromJune() {
        assertEquals(List.of("TuaregSeparatists possible"), summary(control("Kidal", "2014-05-15")));
        assertEquals(List.of("TuaregSeparatists certain"), summary(control("Kidal", "2014-06-15")));
    }

    @Test
    void rebelsIn2019OnFrance24sWord() {
        JsonNode answer = control("Kidal", "2019-03-01");
        assertEquals(ID + "Kidal", answer.path("place").path("iri").asText());
        assertEquals("2019-03-01", answer.path("at").asText());
        JsonNode rebels = answer.path("controllers").get(0);
        assertEquals(List.of("TuaregSeparatists certain"), summary(answer));
        assertEquals("effective control", rebels.path("kind").asText());
        assertEquals("since May 2014", rebels.path("from").path("text").asText());
        assertEquals(List.of(ID + "claim-f24-rebels-in-charge-since-2014", ID + "claim-f24-separatists-held-kidal-decade"),
                values(rebels.path("basis"), "claim"));
        JsonNode first = rebels.path("basis").get(0);
        assertEquals("France 24", first.path("claimant").path("label").asText());
        assertEquals("They had been in charge of security and law enforcement in Kidal since then.", first.path("quote").asText());
        assertEquals(ID + "doc-france24-kidal-2023-11-14", first.path("source").path("iri").asText());
    }

    @Test
    void rebelsOnlyPossibleWithinTheirWithdrawalWindow() {
        JsonNode rebels = control("Kidal", "2023-11-13").path("controllers").get(0);
        assertEquals(List.of("TuaregSeparatists possible"), summary(control("Kidal", "2023-11-13")));
        assertEquals(List.of("TuaregSeparatists certain"), summary(control("Kidal", "2023-11-08")));
        assertEquals("2023-11-09", rebels.path("until").path("earliest").asText(), "the withdrawal's own window, 9-14 November");
        assertTrue(rebels.path("until").path("inferred").asBoolean(), "no source states the end");
    }

    @Test
    void armyAndInferredStateOnTakeoverDay() {
        JsonNode answer = control("Kidal", "2023-11-14");
        assertEquals(List.of("FAMa certain", "MalianState certain"), summary(answer));
        JsonNode army = answer.path("controllers").get(0);
        JsonNode state = answer.path("controllers").get(1);
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
        assertEquals("acknowledges", rebels.path("stance").asText());
        assertEquals("The rebellion acknowledged the loss of Kidal.", rebels.path("quote").asText());
    }

    @Test
    void afterPublicationTheArmyIsOnlyPossible() {
        JsonNode answer = control("Kidal", "2023-11-20");
        assertEquals(List.of("FAMa possible", "MalianState possible"), summary(answer));
        assertEquals("2023-11-14", answer.path("controllers").get(0).path("asOf").asText());
    }

    @Test
    void aliasesAndIrisNameThePlace() {
        assertEquals(List.of("TuaregSeparatists certain"), summary(control("kidal", "2019-03-01")));
        assertEquals(List.of("TuaregSeparatists certain"), summary(control(ID + "Kidal", "2019-03-01")));
    }

    @Test
    void timelineInTimeOrderWithoutCertainty() {
        HttpResponse<String> response = server.get("/api/timeline?place=Kidal", null);
        assertEquals(200, response.statusCode());
        JsonNode periods = Json.parse(response.body()).path("periods");
        assertEquals(List.of("TuaregSeparatists", "FAMa", "MalianState"), actors(periods));
        assertTrue(periods.get(0).path("certainty").isMissingNode());
        assertEquals(6, periods.get(1).path("basis").size());
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

    /** "ActorLocalName certainty" per controller. */
    private static List<String> summary(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("controllers").forEach(c ->
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
