package org.kidalkg.http.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** queries/distance.rq over HTTP: great-circle distances within 1% of the haversine figures, beside the article's. */
class DistanceQueryTest {
    @Test
    void straightLinesAreWithinOnePercentAndTheRoadFigureStaysAttributed() throws IOException {
        try (RunningServer server = RunningServer.builtIn()) {
            String bamako = server.get("/queries/distance?from=Kidal&to=Bamako", "application/sparql-results+json").body();
            assertWithinOnePercent(1196, Double.parseDouble(Json.column(bamako, "straightLineKm").get(0)));
            assertTrue(Json.column(bamako, "quote").get(0).contains("more than 1,500 km"), bamako);
            assertEquals("France 24", Json.column(bamako, "claimantLabel").get(0));
            String anefis = server.get("/queries/distance?from=Kidal&to=" + RunningServer.encode("Anéfis"), "application/sparql-results+json").body();
            assertWithinOnePercent(96, Double.parseDouble(Json.column(anefis, "straightLineKm").get(0)));
            String tsv = server.get("/queries/distance?from=Kidal&to=Bamako", "text/tab-separated-values").body();
            assertEquals(Files.readString(Path.of("queries/expected/distance.tsv")), tsv);
        }
    }

    private static void assertWithinOnePercent(double expected, double actual) {
        assertTrue(Math.abs(actual - expected) <= expected / 100, actual + " km is not within 1% of " + expected);
    }
}
