package org.kidalkg.http.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kidalkg.cli.Main;

/**
 * {@code export --format jsonld}, expanded to N-Quads by an independent JSON-LD processor (jsonld.js under Node),
 * is the same dataset as {@code export --format trig}. .ci/run installs jsonld.js into target/jsonld-test; without
 * it the test is skipped locally and fails in CI.
 */
class JsonLdIndependentProcessorTest {
    private static final Path PROCESSOR = Path.of("target/jsonld-test/node_modules/jsonld");
    private static final String TO_NQUADS = """
            const jsonld = require(process.argv[2]);
            const doc = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
            jsonld.toRDF(doc, {format: 'application/n-quads'})
              .then(nq => process.stdout.write(nq))
              .catch(e => { console.error(e); process.exit(1); });
            """;

    @Test
    void jsonLdExportExpandsToTheTrigExport() throws Exception {
        requireProcessor();
        Path dir = Files.createDirectories(Path.of("target/jsonld-test/run"));
        Path jsonld = dir.resolve("export.jsonld");
        Files.writeString(jsonld, export("jsonld"));
        Path script = dir.resolve("to-nquads.js");
        Files.writeString(script, TO_NQUADS);
        String nquads = run("node", script.toString(), PROCESSOR.toAbsolutePath().toString(), jsonld.toString());

        DatasetGraph fromJsonLd = parse(nquads, Lang.NQUADS);
        DatasetGraph fromTrig = parse(export("trig"), Lang.TRIG);
        assertTrue(fromTrig.stream().count() > 1000, "export too small");
        assertEquals(fromTrig.stream().count(), fromJsonLd.stream().count(), "quad counts differ");
        // Graph by graph, then merged (which checks blank nodes shared across graphs): Jena's graph matcher
        // hashes blank nodes and is fast; IsoMatcher on whole datasets is exponential with this many of them.
        fromTrig.listGraphNodes().forEachRemaining(g -> assertTrue(
                fromTrig.getGraph(g).isIsomorphicWith(fromJsonLd.getGraph(g)), "graph " + g + " differs"));
        assertTrue(fromTrig.getUnionGraph().isIsomorphicWith(fromJsonLd.getUnionGraph()), "merged graphs differ");
        assertEquals(Iter.count(fromTrig.listGraphNodes()), Iter.count(fromJsonLd.listGraphNodes()), "graph counts differ");
    }

    private static void requireProcessor() {
        if (Files.isDirectory(PROCESSOR)) {
            return;
        }
        String why = "no JSON-LD processor at " + PROCESSOR + " (run: npm install --prefix target/jsonld-test jsonld@8, as .ci/run does)";
        if (System.getenv("CI") != null) {
            fail(why);
        }
        Assumptions.abort(why);
    }

    private static String export(String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"export", "--format", format}, new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        return out.toString();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, process.exitValue(), "jsonld.js failed");
        return out;
    }

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(text)).lang(lang).parse(dataset);
        return dataset;
    }
}
