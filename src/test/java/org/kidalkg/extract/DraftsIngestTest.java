package org.kidalkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kidalkg.cli.Main;

/**
 * The promise a draft makes (docs/extraction.md): once a reviewer has accepted or deleted its items, {@code ingest}
 * takes it. Checked on the draft of every text of the corpus, as a new article drafted against the served data:
 * every item accepted; and every other claim deleted with the rest accepted, where a control period no claim is about
 * any more is refused in one line naming it, and taken once it is deleted too.
 */
class DraftsIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    static Iterable<Corpus.Source> corpus() throws IOException {
        return Corpus.sources();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aReviewedDraftOfEveryCorpusTextIngests(Corpus.Source source) throws IOException {
        String id = source.id() + "-draft";
        Path text = temp.resolve(id + ".txt");
        Files.copy(source.text(), text);
        Path draft = temp.resolve("draft.json");
        run(0, "extract", text.toString(), "--published", source.published().toString(), "--lang", source.language(),
                "--outlet", source.outlet(), "-o", draft.toString());

        Path all = temp.resolve("all.json");
        Files.writeString(all, JSON.writeValueAsString(accepted(JSON.readTree(draft.toFile()), false)));
        run(0, "ingest", text.toString(), all.toString(), "-o", temp.resolve("all/" + id + ".trig").toString());

        Path half = temp.resolve("half.json");
        JsonNode halved = accepted(JSON.readTree(draft.toFile()), true);
        Files.writeString(half, JSON.writeValueAsString(halved));
        List<String> orphans = unclaimedControl(halved);
        String[] ingestHalf = {"ingest", text.toString(), half.toString(), "-o", temp.resolve("half/" + id + ".trig").toString()};
        if (!orphans.isEmpty()) {
            String refusal = run(1, ingestHalf);
            assertTrue(refusal.contains("no claim is \"about\"") && refusal.contains("'" + orphans.get(0) + "'")
                    && refusal.lines().count() == 1, refusal);
            ArrayNode periods = (ArrayNode) halved.get("controlPeriods");
            for (int i = periods.size() - 1; i >= 0; i--) {
                if (orphans.contains(periods.get(i).path("id").asText())) {
                    periods.remove(i);
                }
            }
            Files.writeString(half, JSON.writeValueAsString(halved));
        }
        run(0, ingestHalf);
    }

    /** The draft's control periods that no claim is about any more. */
    private static List<String> unclaimedControl(JsonNode draft) {
        Set<String> about = new HashSet<>();
        draft.path("claims").forEach(c -> about.add(c.path("about").asText()));
        List<String> orphans = new ArrayList<>();
        draft.path("controlPeriods").forEach(p -> {
            if (!about.contains(p.path("id").asText())) {
                orphans.add(p.path("id").asText());
            }
        });
        return orphans;
    }

    /** The draft with every item accepted; with every other claim deleted too, if {@code deleteHalf}. */
    private static JsonNode accepted(JsonNode draft, boolean deleteHalf) {
        ExtractEndToEndTest.acceptAll(draft);
        if (deleteHalf) {
            ArrayNode claims = (ArrayNode) draft.get("claims");
            for (int i = claims.size() - 1; i >= 0; i--) {
                if (i % 2 == 1) {
                    claims.remove(i);
                }
            }
        }
        return draft;
    }

    private static String run(int expected, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(expected, code, String.join(" ", args) + ": " + err);
        return err.toString();
    }
}
