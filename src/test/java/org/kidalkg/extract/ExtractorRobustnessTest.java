package org.kidalkg.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.importers.article.QuoteFinder;
import org.kidalkg.testing.BuiltInGraph;

/**
 * Any text drafts without an exception, and every drafted quote is found in it (so {@code ingest} can ground it):
 * the corpus's texts cut at many places, and random strings of quotation marks, punctuation and the lexicons' words.
 */
class ExtractorRobustnessTest {
    private static final KnownEntities KNOWN = KnownEntities.of(BuiltInGraph.store());
    private static final String[] PIECES = {"\"", "“", "”", "«", "»", "'", ",", ".", ";", ":", " – ", "(", ")", "#", " ", " ", "\n",
        "said", "told AFP", "according to", "selon", "a déclaré", "denied", "the army", "l'armée", "took", "Kidal", "the town",
        "la ville", "who", "qui", "that", "que", "Mr", "Colonel", "Goïta", "rebels", "et", "and", "such as", "since 2012", "on Tuesday"};

    @Test
    void cutCorpusTextsDraftWithGroundedQuotes() throws IOException {
        for (Corpus.Source source : Corpus.sources()) {
            String text = Files.readString(source.text());
            for (int cut = 1; cut < text.length(); cut += Math.max(1, text.length() / 40)) {
                drafts(text.substring(0, cut), source.language());
            }
        }
    }

    @Test
    void randomStringsDraftWithGroundedQuotes() {
        Random random = new Random(20231114);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? " " : "");
            }
            drafts(text.toString(), i % 2 == 0 ? "en" : "fr");
        }
    }

    private static void drafts(String text, String language) {
        Draft draft = assertDoesNotThrow(() -> new Extractor(Lexicon.of(language), KNOWN)
                .extract(text, new Extractor.Article("robust", "", LocalDate.parse("2023-11-14"), language, "France24", null)), text);
        QuoteFinder finder = new QuoteFinder(text);
        List<JsonNode> claims = new ArrayList<>();
        draft.section("claims").forEach(claims::add);
        for (JsonNode claim : claims) {
            JsonNode occurrence = claim.get("occurrence");
            assertDoesNotThrow(() -> finder.find(claim.get("quote").asText(), occurrence == null ? null : occurrence.asInt()),
                    "quote not in its text: " + claim + "\n--- text:\n" + text);
        }
    }
}
