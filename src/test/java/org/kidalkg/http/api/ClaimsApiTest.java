package org.kidalkg.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** GET /api/claims: disputed, unverified, and by claimant (through those who speak for it). */
class ClaimsApiTest {
    private static final String ID = "https://w3id.org/kidal-kg/id/";
    private static final RunningServer server = RunningServer.shared();

    @Test
    void disputedCivilianDeathsWithWhoAssertsAndWhoDeniesAndTheJuntasDenialOnItsOwnProposition() {
        JsonNode claims = claims("disputed=true");
        assertEquals(List.of("event-airstrikes-civilian-deaths"), iris(claims),
                "the junta denies Wagner's presence in Mali, not the offensive's participants: no one asserts what it denies");
        assertEquals(List.of("FAMa denies", "PSC asserts", "Residents asserts"), stances(claims.get(0)));
        JsonNode junta = claims("claimant=junta");
        JsonNode presence = junta.get(iris(junta).indexOf("stmt-wagner-present-in-mali"));
        assertEquals(List.of("MalianJunta denies"), stances(presence));
        assertEquals("the junta denies the presence in the country of the decried Russian private security group",
                presence.path("stances").get(0).path("quote").asText());
    }

    @Test
    void claimantIncludesWhatIsSaidOnItsBehalf() {
        JsonNode claims = claims("claimant=junta");
        assertEquals(List.of("control-kidal-fama-2023", "stmt-goita-heavy-losses", "stmt-goita-mission-not-complete",
                "stmt-wagner-present-in-mali"), iris(claims));
        assertEquals(List.of("AssimiGoita asserts", "AssimiGoita asserts", "AssimiGoita asserts", "AssimiGoita asserts",
                "AssimiGoita asserts", "AssimiGoita asserts"), stances(claims.get(0)),
                "Goïta's word on the army's control in France 24, AP, Reuters, Anadolu (twice) and SeneNews");
    }

    @Test
    void unverifiedAreTheClaimsTheArticleCouldNotConfirm() {
        List<String> claimIris = new ArrayList<>();
        claims("unverified=true").forEach(g -> g.path("stances").forEach(s -> claimIris.add(s.path("claim").asText().replace(ID, ""))));
        assertEquals(10, claimIris.stream().filter(c -> !c.matches("claim-(ap|reuters|reuters14|newsghana|bbc|aa|senenews|wikipedia)-.*"))
                .count(), "the article's ten: " + claimIris);
        assertEquals(27, claimIris.size(), "with AP's two, Reuters' three, News Ghana's two, the BBC's two tolls, Anadolu's five and"
                + " SeneNews' three: " + claimIris);
        assertEquals(true, claimIris.contains("claim-goita-takeover"));
        assertEquals(true, claimIris.contains("claim-f24-column-toll-not-established"));
    }

    @Test
    void unknownClaimantIs404AndNoFilterIs400() {
        ControlApiTest.assertError(server.get("/api/claims?claimant=Napoleon", null), 404, "claimant");
        ControlApiTest.assertError(server.get("/api/claims", null), 400, "claimant");
        ControlApiTest.assertError(server.get("/api/claims?disputed=maybe", null), 400, "disputed");
    }

    private static JsonNode claims(String query) {
        HttpResponse<String> response = server.get("/api/claims?" + query, null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body()).path("claims");
    }

    private static List<String> iris(JsonNode claims) {
        List<String> out = new ArrayList<>();
        claims.forEach(c -> out.add(c.path("iri").asText().replace(ID, "")));
        return out;
    }

    private static List<String> stances(JsonNode group) {
        List<String> out = new ArrayList<>();
        group.path("stances").forEach(s ->
                out.add(s.path("claimant").path("iri").asText().replace(ID, "") + " " + s.path("stance").asText()));
        return out;
    }
}
