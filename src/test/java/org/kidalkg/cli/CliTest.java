package org.kidalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.store.KnowledgeStore;
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
    void serveLimitsAreFlagsWithTheirDefaultsAndOutOfRangeValuesAreOneLineEach() {
        Run help = run("serve", "--help");
        assertEquals(0, help.exit(), help.err());
        for (String flag : new String[] {"--max-concurrent=N", "--max-queued=N", "--queue-wait=DURATION",
                "--max-per-address=N", "--max-queued-per-address=N", "--queue-wait-per-address=DURATION",
                "--write-timeout=DURATION", "--max-body=BYTES", "--max-string=CHARS", "--max-triples=N"}) {
            assertTrue(help.out().contains(flag), flag + " missing from serve --help:\n" + help.out());
        }
        assertTrue(help.out().contains("(default: 16)") && help.out().contains("(default: 100000)")
                && help.out().contains("(default: 10s)"), help.out());
        assertOneLineError(run("serve", "--max-concurrent", "0"), 2, "serve: --max-concurrent must be at least 1");
        assertOneLineError(run("serve", "--max-per-address", "-3"), 2, "serve: --max-per-address must be at least 1");
        assertOneLineError(run("serve", "--max-queued", "-1"), 2, "serve: --max-queued must be at least 0");
        assertOneLineError(run("serve", "--max-body", "0"), 2, "serve: --max-body must be at least 1");
        assertOneLineError(run("serve", "--queue-wait", "500ms"), 2, "serve: --queue-wait must be at least 1s");
        assertOneLineError(run("serve", "--write-timeout", "0s"), 2, "serve: --write-timeout must be at least 1ms");
        assertOneLineError(run("serve", "--max-triples", "many"), 2, "--max-triples");
        assertOneLineError(run("serve", "--trust-proxy", "10.0.0.0/8,proxy.example"), 2,
                "serve: --trust-proxy 'proxy.example' is not an address, range or CIDR block");
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

    /** An operator's mistake: exit {@code exit}, a message of at most two lines starting "kidal-kg: ", no stack trace. */
    static void assertOneLineError(Run run, int exit, String expected) {
        assertEquals(exit, run.exit(), run.out() + run.err());
        String first = run.err().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        assertTrue(first.contains(expected), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "a stack trace: " + run.err());
        if (exit == 1) {
            assertTrue(first.startsWith("kidal-kg: ") && run.err().strip().lines().count() <= 2, run.err());
        }
    }

    @Test
    void serveRefusesAFolderOfTheUsersOwnFilesAndAFile(@TempDir Path dir) throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "my thesis");
        assertOneLineError(run("serve", "--tdb2", mine.toString(), "--port", "0"), 1, "holds files that are not a kidal-kg store");
        assertEquals(List.of("thesis.tex"), Files.list(mine).map(p -> p.getFileName().toString()).toList());
        Path file = Files.writeString(dir.resolve("store.txt"), "x");
        assertOneLineError(run("serve", "--tdb2", file.toString(), "--port", "0"), 1, "is a file, not a folder");
    }

    @Test
    void dataOnAnExistingStoreIsAnErrorAndReadOnlyNeverBuilds(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        org.apache.jena.tdb2.sys.TDBInternal.expel(KnowledgeStore.tdb2(store,
                () -> org.kidalkg.build.PrebuiltGraph.orBuild(org.kidalkg.source.Sources.builtIn(), line -> { }).dataset(), m -> { }));
        Path data = Files.createDirectories(dir.resolve("data"));
        assertOneLineError(run("serve", "--tdb2", store.toString(), "--data", data.toString(), "--port", "0"), 2,
                "--data and --source are read only when a store is built");
        Path missing = dir.resolve("missing");
        assertOneLineError(run("serve", "--read-only", "--tdb2", missing.toString(), "--port", "0"), 1, "no store here");
        assertFalse(Files.exists(missing), "--read-only built nothing");
        Run readOnly = run("serve", "--read-only", "--tdb2", store.toString(), "--self-test");
        assertEquals(0, readOnly.exit(), readOnly.err());
    }

    @Test
    void aPortOutOfRangeAndABusyPortAreOneLineEach() throws IOException {
        assertOneLineError(run("serve", "--port", "70000"), 2, "--port 70000 is not a TCP port");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run run = run("serve", "--port", String.valueOf(port));
            assertOneLineError(run, 1, "cannot listen on 127.0.0.1:" + port);
            assertTrue(run.err().contains("--port N"), run.err());
            assertFalse(run.out().contains("Ready:"), "told before the graph is built: " + run.out());
        }
    }

    @Test
    void selfTestPicksAFreePortEvenWhen3030IsTaken() throws IOException {
        ServerSocket taken = null;
        try {
            taken = new ServerSocket(ServerConfig.DEFAULT_PORT, 1, InetAddress.getByName("127.0.0.1"));
        } catch (IOException alreadyTaken) {
            // Someone holds 3030 already: the case under test.
        }
        try {
            Run run = run("serve", "--self-test");
            assertEquals(0, run.exit(), run.err());
            assertFalse(run.out().contains(":3030/"), run.out());
        } finally {
            if (taken != null) {
                taken.close();
            }
        }
    }

    @Test
    void exportWritesWholeFilesReadableByAllAndOverwritesOnlyWithForce(@TempDir Path dir) throws IOException {
        assertOneLineError(run("export", "-o", dir.resolve("missing/kidal.trig").toString()), 1, "missing does not exist");
        Path out = Files.writeString(dir.resolve("kidal.nq"), "mine");
        assertOneLineError(run("export", "--format", "nq", "-o", out.toString()), 1, "already exists: add --force");
        assertEquals("mine", Files.readString(out));
        Run forced = run("export", "--format", "nq", "-o", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(out).contains("<https://w3id.org/kidal-kg/id/Kidal>"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(List.of("kidal.nq"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no temporary file left");
    }

    @Test
    void importAcledAcceptsABomAndNamesTheLineOfALatin1Byte(@TempDir Path dir) throws IOException {
        byte[] csv = Files.readAllBytes(ACLED);
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv));
        Run withBom = run("import-acled", bom.toString(), "-o", dir.resolve("bom.trig").toString());
        Run plain = run("import-acled", ACLED.toString(), "-o", dir.resolve("plain.trig").toString());
        assertEquals(0, withBom.exit(), withBom.err());
        assertEquals(summary(plain.err()), summary(withBom.err()).replace("acled-bom", "acled-fixture").replace("bom.csv", "fixture.csv"));

        String text = new String(csv, StandardCharsets.UTF_8);
        int fifth = text.indexOf('\n', text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1) + 1) + 1;
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, concat(text.substring(0, fifth).getBytes(StandardCharsets.UTF_8),
                concat(new byte[] {(byte) 0xE9}, text.substring(fifth).getBytes(StandardCharsets.UTF_8))));
        Path out = dir.resolve("latin1.trig");
        assertOneLineError(run("import-acled", latin1.toString(), "-o", out.toString()), 1, latin1 + ":5: not UTF-8 text");
        assertFalse(Files.exists(out), "nothing written");
        assertOneLineError(run("import-acled", ACLED.toString(), "-o", dir.resolve("plain.trig").toString()), 1,
                "already exists: add --force");
    }

    @Test
    void ingestRefusesADocumentIdThatWouldLeaveItsFolder(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("escape.json");
        Files.writeString(json, Files.readString(INGEST_ANNOTATIONS).replace("\"id\": \"france24-kidal-2023-11-14\"", "\"id\": \"../../x\""));
        Run run = run("ingest", Path.of("data/kidal-article.txt").toString(), json.toString());
        assertOneLineError(run, 1, "document id '../../x' is not a plain name");
        assertFalse(Files.exists(Path.of("x.trig")) || Files.exists(Path.of("../x.trig")), "written outside data/");
    }

    @Test
    void labelsReachTheTerminalWithControlBidiAndInvisibleCharactersWrittenOut(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        // ESC [2J clears a terminal; U+202E shows what follows reversed; U+200B is invisible; NUL ends C strings.
        Files.writeString(data.resolve("spoof.ttl"), """
                @prefix kkg: <https://w3id.org/kidal-kg/ontology#> .
                @prefix kid: <https://w3id.org/kidal-kg/id/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                kid:Spoof a kkg:Actor ; rdfs:label "Ma\\u200Bli \\u202Elagenes\\u001B[2J\\u0000"@en .
                """);
        Run run = run("query", "actors", "--data", data.toString());
        assertEquals(0, run.exit(), run.err());
        String line = run.out().lines().filter(l -> l.contains("kid:Spoof") || l.contains("id/Spoof")).findFirst().orElse("");
        assertTrue(line.contains("Ma<U+200B>li <U+202E>lagenes<U+001B>[2J<U+0000>"), run.out());
        assertTrue(run.out().codePoints().noneMatch(c -> c == 0x1B || c == 0x202E || c == 0x200B || c == 0), "raw characters reached the output");
        assertEquals("Kidal", org.kidalkg.query.Labels.visible("Kidal"));
        assertEquals("Goïta, Kidal – كيدال", org.kidalkg.query.Labels.visible("Goïta, Kidal – كيدال"), "letters of any script are kept");
    }

    private static String summary(String err) {
        return err.lines().filter(l -> l.startsWith("Imported ")).findFirst().orElse("").replaceAll("\\(.*rows/s\\)", "");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static final Path ACLED = Path.of("src/test/resources/acled/fixture.csv");
    static final Path INGEST_ANNOTATIONS = Path.of("src/test/resources/ingest/kidal-annotations.json");
}
