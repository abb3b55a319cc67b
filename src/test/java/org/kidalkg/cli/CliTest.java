package org.kidalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.Fixtures;

/** The command line: the same answers as the server, clear errors and exit codes. */
class CliTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void queryPrintsTheSameRowsAsTheServer() throws IOException {
        Run run = run("query", "who-controlled", "place=Kidal", "at=2019-03-01", "--format", "tsv");
        assertEquals(0, run.exit(), run.err());
        String expected = Files.readString(Path.of("queries/expected/who-controlled.tsv"));
        assertEquals(expected, run.out());
    }

    @Test
    void queryWithoutANameListsTheQueries() {
        Run run = run("query");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("who-controlled"), run.out());
        assertEquals(BuiltInGraph.queries().all().size(), run.out().lines().count());
    }

    @Test
    void badArgumentsExit2WithAOneLineErrorAndTheUsage() {
        Run run = run("query", "who-controlled", "place=Kidal", "at=yesterday");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("at: 'yesterday' is not a date"), run.err());
        assertTrue(run.err().contains("Usage: kidal-kg query"), run.err());
        assertEquals(2, run("serve", "--port", "many").exit());
        assertEquals(2, run("frobnicate").exit());
    }

    @Test
    void helpDescribesEveryCommand() {
        Run run = run("--help");
        assertEquals(0, run.exit());
        for (String command : new String[] {"serve", "query", "validate", "export"}) {
            assertTrue(run.out().contains(command), command + " missing from --help");
        }
    }

    @Test
    void validatePassesOnTheBuiltInData() {
        Run run = run("validate");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("0 violation(s)"), run.out());
    }

    @Test
    void validateFailsOnABrokenFixtureWithTheShapesMessage(@TempDir Path dir) throws IOException {
        Path source = Fixtures.sourceWith(dir, "claim-without-claimant.trig", """
                @prefix kkg: <https://w3id.org/kidal-kg/ontology#> .
                @prefix kid: <https://w3id.org/kidal-kg/id/> .
                kid:claim-orphan a kkg:Claim ;
                    kkg:stance kkg:Asserts ;
                    kkg:about kid:control-kidal-fama-2023 .
                """);
        Run run = run("validate", "--source", source.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("claim-without-claimant.trig:3: [Violation] kid:claim-orphan kkg:claimant"), run.out());
    }

    @Test
    void anEditedSourceTextIsRefusedBecauseItsOffsetsNoLongerHold(@TempDir Path dir) throws IOException {
        Path source = Fixtures.sourceWith(dir, "empty.ttl", "");
        Path article = source.resolve("data/kidal-article.txt");
        Files.writeString(article, Files.readString(article).replace("Kidal", "Kidal "));
        Run run = run("validate", "--source", source.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("the text of kidal-article.txt is not the one the offsets were made on"), run.out());
    }

    @Test
    void turtleSyntaxErrorStopsTheStartWithFileAndLine(@TempDir Path dir) throws IOException {
        Path source = Fixtures.sourceWith(dir, "broken.ttl", """
                @prefix kid: <https://w3id.org/kidal-kg/id/> .
                kid:a kid:b kid:c .
                kid:d kid:e kid:f kid:g .
                """);
        Run run = run("serve", "--source", source.toString(), "--port", "0");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("broken.ttl:3: column 19:"), run.err());
    }

    @Test
    void serveSelfTestAnswersTheExampleOverHttpAndStops() {
        Run run = run("serve", "--port", "0", "--self-test");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("/queries/who-controlled?place=Kidal&at=2019-03-01 -> 200"), run.out());
        assertTrue(run.out().contains("<https://w3id.org/kidal-kg/id/control-kidal-separatists-2014>"), run.out());
    }

    @Test
    void exportWritesTrigAndWithInferredTheRuleGraphs() {
        Run asserted = run("export", "--format", "nq");
        Run inferred = run("export", "--format", "nq", "--inferred");
        assertEquals(0, asserted.exit(), asserted.err());
        assertTrue(!asserted.out().contains("graph/inferred/"));
        assertTrue(inferred.out().contains("<https://w3id.org/kidal-kg/id/Kidal> <https://w3id.org/kidal-kg/ontology#country> "
                + "<https://w3id.org/kidal-kg/id/Mali> <https://w3id.org/kidal-kg/graph/inferred/place-country> ."), "trace missing");
        assertTrue(!asserted.out().contains("127.0.0.1") && !asserted.out().contains("localhost"), "no loopback address in exported data");
        Run published = run("export", "--format", "nq", "--public-url", "https://kidal.example.org/");
        assertTrue(published.out().contains("<http://rdfs.org/ns/void#sparqlEndpoint> <https://kidal.example.org/kidal/sparql>"), published.out());
        assertTrue(published.out().contains("<http://rdfs.org/ns/void#dataDump> <https://kidal.example.org/dump/kidal-kg.nq.gz>"));
    }
}
