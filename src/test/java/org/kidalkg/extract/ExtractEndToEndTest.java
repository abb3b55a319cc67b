package org.kidalkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.cli.Main;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/**
 * The whole path a reviewer takes: {@code extract} an article (a short invented text about Anéfis, a place the data
 * knows, written for this test), accept every proposed item, {@code ingest} the draft, and serve it: {@code /api/control}
 * then names the army as Anéfis's controller on the draft's word, which it does not before.
 */
class ExtractEndToEndTest {
    private static final String ARTICLE = "anefis-2025-03-04";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void extractAcceptIngestAndControlAnswers() throws IOException {
        Path text = temp.resolve(ARTICLE + ".txt");
        Files.copy(Path.of("src/test/resources/extract", ARTICLE + ".txt"), text);
        Path draft = temp.resolve("draft.json");
        assertEquals(0, cli("extract", text.toString(), "--published", "2025-03-04", "--outlet", "Test Wire", "-o", draft.toString()));

        Path out = temp.resolve("data");
        String refused = cliErr("ingest", text.toString(), draft.toString(), "-o", out.resolve(ARTICLE + ".trig").toString());
        assertTrue(refused.contains("not reviewed") && refused.contains("rule en."), refused);
        assertFalse(Files.exists(out.resolve(ARTICLE + ".trig")), "nothing is written for a draft not reviewed");

        Path accepted = temp.resolve("accepted.json");
        Files.writeString(accepted, JSON.writeValueAsString(acceptAll(JSON.readTree(draft.toFile()))));
        assertEquals(0, cli("ingest", text.toString(), accepted.toString(), "-o", out.resolve(ARTICLE + ".trig").toString()));

        assertFalse(armyControlsAnefis(RunningServer.shared()), "before the draft, nobody says the army holds Anéfis in 2025");
        Sources sources = new Sources(SourceBundle.builtIn(), List.of(out));
        try (RunningServer server = RunningServer.start(ServerConfig.defaults().withPort(0),
                KnowledgeStore.inMemory(PrebuiltGraph.orBuild(sources, line -> { }).dataset()), BuiltInGraph.queries())) {
            assertTrue(armyControlsAnefis(server), "after it, the army holds Anéfis on the draft's word");
        }
    }

    private static boolean armyControlsAnefis(RunningServer server) {
        var response = server.get("/api/control?place=Anefis&at=2025-03-05", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        for (JsonNode c : Json.parse(response.body()).path("controllers")) {
            if (c.path("actor").path("iri").asText().endsWith("/FAMa") && c.toString().contains("doc-" + ARTICLE)) {
                return true;
            }
        }
        return false;
    }

    /** {@code draft} with every item a reviewer could accept accepted. */
    static JsonNode acceptAll(JsonNode draft) {
        draft.properties().forEach(section -> section.getValue().forEach(item -> {
            if (item.has("review")) {
                ((ObjectNode) item.get("review")).put("status", "accepted");
            }
        }));
        return draft;
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return code;
    }

    private static String cliErr(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, code, String.join(" ", args) + ": " + err);
        return err.toString();
    }
}
