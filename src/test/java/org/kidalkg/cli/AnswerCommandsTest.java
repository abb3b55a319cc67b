package org.kidalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** The control, timeline and claims commands: readable tables, and with --json the API's very answer. */
class AnswerCommandsTest {
    @Test
    void controlIn2019PrintsTheRebels() {
        String out = run(0, "control", "Kidal", "2019-03-01");
        assertTrue(out.contains("Tuareg separatist rebels"), out);
        assertTrue(out.contains("certain"), out);
    }

    @Test
    void jsonEqualsTheApisJson() {
        RunningServer server = RunningServer.shared();
        assertEquals(Json.parse(server.get("/api/control?place=Kidal&at=2023-11-14", null).body()),
                Json.parse(run(0, "control", "Kidal", "2023-11-14", "--json")));
        assertEquals(Json.parse(server.get("/api/claims?disputed=true", null).body()),
                Json.parse(run(0, "claims", "--disputed", "--json")));
    }

    @Test
    void badDateIsAUsageErrorAndUnknownPlaceAFailure() {
        run(2, "control", "Kidal", "2023-13-45");
        run(1, "timeline", "Atlantis");
    }

    private static String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expectedExit, exit, "exit code; stderr: " + err);
        return out.toString();
    }
}
