package org.kidalkg.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** GET /api/places: the known places closest to a typed name first, and whether the name is an actor. */
class PlacesApiTest {
    private static final RunningServer server = RunningServer.shared();

    @Test
    void aMisspelledPlaceHasTheRightOneFirst() {
        JsonNode answer = places("near=Kidl");
        assertEquals("Kidal", answer.path("places").get(0).path("name").asText());
        assertTrue(answer.path("asked").isNull(), "Kidl names nothing");
        answer.path("places").forEach(p -> assertEquals("place", p.path("kind").asText(), p.toString()));
    }

    @Test
    void anActorGivenAsAPlaceIsNamedAsTheActor() {
        JsonNode asked = places("near=FAMa").path("asked");
        assertEquals("actor", asked.path("kind").asText());
        assertEquals("https://w3id.org/kidal-kg/id/FAMa", asked.path("iri").asText());
        assertEquals("Malian Armed Forces", asked.path("label").asText());
        assertEquals("place", places("near=kidal").path("asked").path("kind").asText(), "a place's name, in any case");
    }

    @Test
    void withoutANameEveryPlaceByLabel() {
        JsonNode places = places("").path("places");
        assertTrue(places.size() >= 5, places.toString());
        assertTrue(places.get(0).path("label").asText().compareTo(places.get(1).path("label").asText()) <= 0, places.toString());
    }

    private static JsonNode places(String query) {
        HttpResponse<String> response = server.get("/api/places?" + query, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }
}
