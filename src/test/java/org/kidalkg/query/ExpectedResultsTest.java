package org.kidalkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kidalkg.testing.BuiltInGraph;

/** Every named query's example, run on the built-in graph, answers exactly {@code queries/expected/NAME.tsv}. */
class ExpectedResultsTest {
    private static final Path QUERIES = Path.of("queries");

    @Test
    void everyQueryFileIsInTheCatalogue() throws IOException {
        List<Path> files = queryFiles();
        assertFalse(files.isEmpty(), "no queries/*.rq found from " + Path.of("").toAbsolutePath());
        assertEquals(files.size(), BuiltInGraph.queries().all().size());
    }

    @TestFactory
    Stream<DynamicTest> exampleAnswersAsExpected() throws IOException {
        return queryFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("#+ example:")), file + " has no '#+ example:' header");
        NamedQuery query = NamedQuery.read(file);
        for (Parameter p : query.params()) {
            assertTrue(query.example().containsKey(p.name()), file + ": the example gives no value for '" + p.name() + "'");
        }
        Path expectedFile = QUERIES.resolve("expected").resolve(query.name() + ".tsv");
        if (!Files.exists(expectedFile)) {
            fail(file + " has no expected result " + expectedFile);
        }
        var rows = new NamedQueryRunner(BuiltInGraph.store(), 0).run(query, query.example());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, rows);
        String actual = out.toString(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("kidalkg.writeExpected")) { // mvn test -Dtest=ExpectedResultsTest -Dkidalkg.writeExpected=true; then read the diff
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(query.name() + ": the answer differs from " + expectedFile + "\n" + LineDiff.of(expected, actual));
        }
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }
}
