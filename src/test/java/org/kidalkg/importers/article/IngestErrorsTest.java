package org.kidalkg.importers.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.cli.Main;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.load.ArticleIngest;

/** Errors name the annotation file, the claim or field, and the problem; nothing is written. */
class IngestErrorsTest {
    @TempDir
    Path temp;

    /** A minimal valid file around one claim and one event, to be broken one field at a time. */
    private Path annotations(String quote, String begin) throws IOException {
        Path file = temp.resolve("broken.json");
        Files.writeString(file, """
                {
                  "document": { "id": "test-doc", "title": "Test", "issued": "2023-11-14" },
                  "places": [ { "id": "Kidal", "type": "City", "label": "Kidal" } ],
                  "actors": [ { "id": "FAMa", "type": "ArmedForces", "label": "Malian Armed Forces" } ],
                  "events": [ { "id": "event-x", "type": "MilitaryTakeover", "summary": "The army took Kidal.",
                                "agent": ["FAMa"], "place": "Kidal", "begin": %s } ],
                  "claims": [ { "id": "claim-x", "claimant": "FAMa", "stance": "Asserts", "about": "event-x", "quote": %s } ]
                }
                """.formatted(begin, quote));
        return file;
    }

    private IngestException fails(Path json) {
        return assertThrows(IngestException.class, () -> ArticleIngest.run(KidalIngestTest.ARTICLE, json, SourceBundle.builtIn()));
    }

    @Test
    void anEntityTheDataHoldsUnderAnotherIdIsRefusedNamingIt() throws IOException {
        // "Kidal" under a new id would be a second place where the article's kid:Kidal is: one IRI per real thing.
        Path json = annotations("\"The rebellion acknowledged the loss of Kidal.\"", "\"on Tuesday\"");
        Files.writeString(json, Files.readString(json).replace("{ \"id\": \"Kidal\", \"type\": \"City\", \"label\": \"Kidal\" }",
                "{ \"id\": \"KidalTown\", \"type\": \"City\", \"label\": \"kidal\" }").replace("\"place\": \"Kidal\"", "\"place\": \"KidalTown\""));
        IngestException e = fails(json);
        assertTrue(e.getMessage().contains("place 'KidalTown' is already in the data as kid:Kidal") && e.getMessage().contains("use its id 'Kidal'"),
                e.getMessage());
    }

    @Test
    void aControlPeriodNoClaimIsAboutIsRefusedNamingIt() throws IOException {
        Path json = annotations("\"The rebellion acknowledged the loss of Kidal.\"", "\"on Tuesday\"");
        Files.writeString(json, Files.readString(json).replace("\"claims\"", "\"controlPeriods\": [ { \"id\": \"control-x\", "
                + "\"controller\": \"FAMa\", \"territory\": \"Kidal\", \"begin\": \"on Tuesday\", \"summary\": \"x\", "
                + "\"review\": { \"status\": \"accepted\", \"rule\": \"en.control-gain\" } } ], \"claims\""));
        IngestException e = fails(json);
        assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("1 control period(s) that no claim is \"about\"")
                && e.getMessage().contains("'control-x' (rule en.control-gain)") && e.getMessage().contains("delete it"), e.getMessage());
    }

    @Test
    void aValidFileIngests() throws IOException {
        ArticleIngest.Result r = ArticleIngest.run(KidalIngestTest.ARTICLE, annotations("\"The rebellion acknowledged the loss of Kidal.\"",
                "\"on Tuesday\""), SourceBundle.builtIn());
        assertEquals("https://w3id.org/kidal-kg/graph/source/test-doc", r.graph().getURI());
    }

    @Test
    void translationsAreTaggedNamesAndAControlledPartIsAPlace() throws IOException {
        Path json = annotations("\"The rebellion acknowledged the loss of Kidal.\"", "\"on Tuesday\"");
        Files.writeString(json, Files.readString(json)
                .replace("\"label\": \"Malian Armed Forces\" }", "\"label\": \"Malian Armed Forces\", \"translations\": "
                        + "[ { \"language\": \"fr\", \"label\": \"Forces armées maliennes\", \"aliases\": [\"FAMa\"] } ] }")
                .replace("\"claims\"", "\"controlPeriods\": [ { \"id\": \"control-x\", \"controller\": \"FAMa\", \"territory\": \"Kidal\","
                        + " \"extent\": \"PartialExtent\", \"controlledParts\": [\"Kidal\"], \"begin\": \"on Tuesday\", \"summary\": \"x\" } ],"
                        + " \"claims\"")
                .replace("\"claims\": [", "\"claims\": [ { \"id\": \"claim-y\", \"claimant\": \"FAMa\", \"stance\": \"Asserts\","
                        + " \"about\": \"control-x\", \"quote\": \"Today our armed and security forces have taken over Kidal\" },"));
        ArticleIngest.Result r = ArticleIngest.run(KidalIngestTest.ARTICLE, json, SourceBundle.builtIn());
        Graph g = r.dataset().getGraph(r.graph());
        Node fama = NodeFactory.createURI("https://w3id.org/kidal-kg/id/FAMa");
        assertTrue(g.contains(fama, RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Forces armées maliennes", "fr")), "the French label");
        assertTrue(g.contains(fama, SKOS.altLabel.asNode(),
                NodeFactory.createLiteralLang("FAMa", "fr")), "the French alias");
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/kidal-kg/id/control-x"),
                NodeFactory.createURI("https://w3id.org/kidal-kg/ontology#controlledPart"),
                NodeFactory.createURI("https://w3id.org/kidal-kg/id/Kidal")), "the controlled part");

        Files.writeString(json, Files.readString(json).replace("\"language\": \"fr\"", "\"language\": \"en\""));
        IngestException english = fails(json);
        assertTrue(english.getMessage().contains("actor 'FAMa' translations: 'en' is not a language tag other than en"), english.getMessage());
        Files.writeString(json, Files.readString(json).replace("\"language\": \"en\"", "\"language\": \"fr\"")
                .replace("\"controlledParts\": [\"Kidal\"]", "\"controlledParts\": [\"FAMa\"]"));
        IngestException part = fails(json);
        assertTrue(part.getMessage().contains("control period 'control-x' controlledParts: 'FAMa' is declared as actor"), part.getMessage());
    }

    @Test
    void aMissingQuoteNamesTheClaim() throws IOException {
        IngestException e = fails(annotations("\"The army lost Kidal.\"", "\"on Tuesday\""));
        System.out.println("[ingest] " + e.getMessage());
        assertTrue(e.getMessage().startsWith(temp.resolve("broken.json").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("claim 'claim-x'"), e.getMessage());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void anAmbiguousQuoteNamesTheClaimAndTheMatchCount() throws IOException {
        IngestException e = fails(annotations("\"the junta\"", "\"on Tuesday\""));
        System.out.println("[ingest] " + e.getMessage());
        assertTrue(e.getMessage().contains("claim 'claim-x'"), e.getMessage());
        assertTrue(e.getMessage().contains("ambiguous: it occurs 4 times"), e.getMessage());
    }

    @Test
    void anOccurrenceDisambiguates() throws IOException {
        Path json = annotations("\"the junta\", \"occurrence\": 2", "\"on Tuesday\"");
        ArticleIngest.Result r = ArticleIngest.run(KidalIngestTest.ARTICLE, json, SourceBundle.builtIn());
        assertTrue(r.triples() > 0);
    }

    @Test
    void aBadRelativeDateNamesTheField() throws IOException {
        IngestException e = fails(annotations("\"The rebellion acknowledged the loss of Kidal.\"", "\"last spring\""));
        System.out.println("[ingest] " + e.getMessage());
        assertTrue(e.getMessage().contains("event 'event-x' begin"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot read the date \"last spring\""), e.getMessage());
    }

    @Test
    void aFewDaysLaterWithoutAfterNamesTheField() throws IOException {
        IngestException e = fails(annotations("\"The rebellion acknowledged the loss of Kidal.\"", "\"a few days later\""));
        assertTrue(e.getMessage().contains("event 'event-x' begin: \"a few days later\" needs \"after\""), e.getMessage());
    }

    @Test
    void anUnknownTypeOrReferenceNamesTheEntity() throws IOException {
        Path json = annotations("\"The rebellion acknowledged the loss of Kidal.\"", "\"on Tuesday\"");
        Files.writeString(json, Files.readString(json).replace("\"ArmedForces\"", "\"Army\""));
        IngestException e = fails(json);
        assertTrue(e.getMessage().contains("actor 'FAMa' type: 'Army' is not a term"), e.getMessage());
        Files.writeString(json, Files.readString(json).replace("\"Army\"", "\"ArmedForces\"").replace("\"about\": \"event-x\"", "\"about\": \"FAMa\""));
        e = fails(json);
        assertTrue(e.getMessage().contains("claim 'claim-x' about: 'FAMa' is declared as actor"), e.getMessage());
    }

    @Test
    void theCommandExitsWithOneAndWritesNothing() throws IOException {
        Path out = temp.resolve("out/test-doc.trig");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"ingest", KidalIngestTest.ARTICLE.toString(),
                annotations("\"The army lost Kidal.\"", "\"on Tuesday\"").toString(), "-o", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, code);
        assertTrue(err.toString().contains("claim 'claim-x'"), err.toString());
        assertFalse(Files.exists(out.getParent()), "nothing written");
    }
}
